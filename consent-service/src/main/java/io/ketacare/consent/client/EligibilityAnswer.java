package io.ketacare.consent.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** patient-service's eligibility answer, the fields this service reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EligibilityAnswer(String status, List<Reason> reasons) {

    public static final String ELIGIBLE = "ELIGIBLE";

    /** One reason behind the answer. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reason(String code, String message) {
    }

    public boolean isEligible() {
        return ELIGIBLE.equals(status);
    }

    public List<Reason> reasonsOrEmpty() {
        return reasons == null ? List.of() : reasons;
    }
}
