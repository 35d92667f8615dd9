package io.ketacare.gateway.fhir.mapping;

import java.math.BigInteger;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Logical ids of the FHIR resources. A Patient's id is the patient's UUID. Every other resource is
 * published under the patient it belongs to: {@code <patient>-<record>[-<part>]}, both UUIDs in
 * base 36, so that a read finds the owning patient (and the owner's access rules) from the id alone,
 * within FHIR's 64-character limit.
 */
public final class FhirIds {

    private static final Pattern COMPOSITE = Pattern.compile("([0-9a-z]{1,25})-([0-9a-z]{1,25})(?:-([a-z0-9]{1,8}))?");
    private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

    private FhirIds() {
    }

    public static String of(UUID patient, UUID record) {
        return base36(patient) + "-" + base36(record);
    }

    public static String of(UUID patient, UUID record, String part) {
        return of(patient, record) + "-" + part;
    }

    /** The patient a composite id belongs to; empty when the id is not one. */
    public static Optional<UUID> patientOf(String id) {
        Matcher matcher = COMPOSITE.matcher(id == null ? "" : id);
        return matcher.matches() ? uuid(matcher.group(1)) : Optional.empty();
    }

    /** A UUID as written in a Patient id or reference; empty when it is not one. */
    public static Optional<UUID> uuid(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.length() == 36) {
            try {
                return Optional.of(UUID.fromString(text));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return text.length() <= 25 && text.matches("[0-9a-z]+") ? fromBase36(text) : Optional.empty();
    }

    static String base36(UUID uuid) {
        BigInteger value = unsigned(uuid.getMostSignificantBits()).shiftLeft(64).or(unsigned(uuid.getLeastSignificantBits()));
        return value.toString(36);
    }

    private static Optional<UUID> fromBase36(String text) {
        BigInteger value = new BigInteger(text, 36);
        if (value.bitLength() > 128) {
            return Optional.empty();
        }
        return Optional.of(new UUID(value.shiftRight(64).longValue(), value.mod(TWO_TO_64).longValue()));
    }

    private static BigInteger unsigned(long bits) {
        BigInteger value = BigInteger.valueOf(bits);
        return bits < 0 ? value.add(TWO_TO_64) : value;
    }
}
