package io.ketacare.gateway.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.Resource;

/** The resources of one type found for a patient, with a warning for each part that could not be read. */
public record Found(List<? extends Resource> resources, List<String> warnings) {

    public static Found of(List<? extends Resource> resources) {
        return new Found(resources, List.of());
    }

    public static Found none() {
        return new Found(List.of(), List.of());
    }
}
