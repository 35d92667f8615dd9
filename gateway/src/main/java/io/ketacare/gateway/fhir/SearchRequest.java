package io.ketacare.gateway.fhir;

import io.ketacare.gateway.fhir.mapping.FhirIds;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A search as the client asked it: the type, its parameters, and the page ({@code _count} 0–200,
 * default 20; {@code _offset} from 0). A parameter the type does not take, a repeated one, or a
 * malformed value is refused with 400 naming it.
 */
public record SearchRequest(FhirType type, Map<String, String> parameters, int count, int offset) {

    public static final int DEFAULT_COUNT = 20;
    public static final int MAX_COUNT = 200;
    private static final Set<String> GENERAL = Set.of("_count", "_offset", "_format", "_pretty");
    private static final Set<String> PATIENT_REFERENCES = Set.of("patient", "subject", "actor");
    private static final Set<String> JSON_FORMATS = Set.of("json", "application/json", "application/fhir+json");

    public static SearchRequest parse(FhirType type, Map<String, List<String>> query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        query.forEach((name, values) -> {
            if (!GENERAL.contains(name) && !type.searchParameters().contains(name)) {
                throw FhirException.invalid("Unknown search parameter '" + name + "' for " + type.fhirName() + "; supported: "
                        + String.join(", ", type.searchParameters().stream().sorted().toList()) + ", _count, _offset");
            }
            if (values.size() != 1) {
                throw FhirException.invalid("Search parameter '" + name + "' may be given once");
            }
            parameters.put(name, values.get(0));
        });
        String format = parameters.get("_format");
        if (format != null && !JSON_FORMATS.contains(format)) {
            throw new FhirException(406, org.hl7.fhir.r4.model.OperationOutcome.IssueType.NOTSUPPORTED, "Only JSON is served (_format=json)");
        }
        int count = number(parameters, "_count", DEFAULT_COUNT, MAX_COUNT);
        int offset = number(parameters, "_offset", 0, Integer.MAX_VALUE);
        return new SearchRequest(type, parameters, count, offset);
    }

    /** The patient the search is about ({@code patient}, {@code subject} or {@code actor}), when one is named. */
    public Optional<UUID> patient() {
        for (String name : PATIENT_REFERENCES) {
            String value = parameters.get(name);
            if (value != null) {
                String id = value.startsWith("Patient/") ? value.substring("Patient/".length()) : value;
                return Optional.of(FhirIds.uuid(id).orElseThrow(() -> FhirException.invalid(
                        "Search parameter '" + name + "' must be a Patient id or reference Patient/<id>, not '" + value + "'")));
            }
        }
        return Optional.empty();
    }

    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    private static int number(Map<String, String> parameters, String name, int fallback, int max) {
        String value = parameters.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < 0 || number > max) {
                throw FhirException.invalid("Search parameter '" + name + "' must be between 0 and " + max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw FhirException.invalid("Search parameter '" + name + "' must be a whole number, not '" + value + "'");
        }
    }
}
