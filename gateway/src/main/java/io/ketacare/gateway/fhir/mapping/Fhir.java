package io.ketacare.gateway.fhir.mapping;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.TimeZone;
import java.util.UUID;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;

/** Small conversions the mappers share: references, instants, dates and UCUM quantities. */
public final class Fhir {

    private Fhir() {
    }

    public static Reference patient(UUID patientId) {
        return new Reference("Patient/" + patientId);
    }

    /** A reference to someone known only by user name (a clinician, nurse or scheduler). */
    public static Reference user(String userName) {
        return userName == null ? null : new Reference().setDisplay(userName);
    }

    public static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    public static DateTimeType dateTime(Instant instant) {
        return instant == null ? null : new DateTimeType(Date.from(instant), TemporalPrecisionEnum.SECOND, TimeZone.getTimeZone("UTC"));
    }

    public static DateTimeType dateTime(LocalDate date) {
        return date == null ? null : new DateTimeType(date.toString());
    }

    public static DateType day(LocalDate date) {
        return date == null ? null : new DateType(date.toString());
    }

    /** A UCUM quantity, e.g. {@code quantity(128, "mmHg", "mm[Hg]")}. */
    public static Quantity quantity(BigDecimal value, String unit, String ucum) {
        return new Quantity().setValue(value).setUnit(unit).setSystem(Codes.UCUM).setCode(ucum);
    }

    public static Quantity quantity(long value, String unit, String ucum) {
        return quantity(BigDecimal.valueOf(value), unit, ucum);
    }
}
