package io.ketacare.consent.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The part of patient-service's API this service asks: the patient's current eligibility. */
@RegisterRestClient(configKey = "patient-service")
@RegisterClientHeaders(BearerRelay.class)
@Path("/api/v1/patients")
@Produces(MediaType.APPLICATION_JSON)
public interface PatientServiceApi {

    @GET
    @Path("/{patientId}/eligibility")
    EligibilityAnswer eligibility(@PathParam("patientId") UUID patientId);
}
