package io.ketacare.gateway.fhir;

import ca.uhn.fhir.context.FhirContext;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.hl7.fhir.instance.model.api.IBaseResource;

/** FHIR JSON out of HAPI's R4 model; the context is built once, at start-up rather than on the first request. */
@Singleton
public class FhirJson {

    public static final String MEDIA_TYPE = "application/fhir+json";

    private final FhirContext context = FhirContext.forR4Cached();

    void warmUp(@Observes StartupEvent start) {
        encode(CapabilityStatements.of("http://localhost/fhir/r4"));
    }

    /** A parser per call: HAPI's parsers are cheap and not meant to be shared between threads. */
    public String encode(IBaseResource resource) {
        return context.newJsonParser().encodeResourceToString(resource);
    }
}
