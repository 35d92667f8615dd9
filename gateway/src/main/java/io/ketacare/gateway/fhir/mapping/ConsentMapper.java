package io.ketacare.gateway.fhir.mapping;

import io.ketacare.gateway.client.consent.ConsentRecord;
import java.time.Instant;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Consent.ConsentState;
import org.hl7.fhir.r4.model.Period;

/**
 * A consent → a treatment Consent (LOINC 59284-0) under the policy of its document version. Status:
 * PENDING → proposed, ACTIVE → active, EXPIRED, WITHDRAWN (and any state it does not know) → inactive. The provision permits the
 * routes the consent covers (SNOMED CT routes) from activation until withdrawal or expiry.
 */
public final class ConsentMapper {

    private ConsentMapper() {
    }

    public static Consent toFhir(ConsentRecord c) {
        Consent consent = new Consent();
        consent.setId(FhirIds.of(c.patientId(), c.id()));
        consent.setStatus(status(c.status()));
        consent.setScope(Codes.concept(Codes.CONSENT_SCOPE, "treatment", "Treatment"));
        consent.addCategory(Codes.concept(Codes.LOINC, "59284-0", "Consent Document"));
        consent.setPatient(Fhir.patient(c.patientId()));
        consent.setDateTimeElement(Fhir.dateTime(c.activatedAt() != null ? c.activatedAt() : c.presentedAt()));
        consent.addPolicy().setUri(Codes.CONSENT_DOCUMENTS + c.documentCode() + "/versions/" + c.documentVersion());
        Consent.ProvisionComponent provision = consent.getProvision().setType(Consent.ConsentProvisionType.PERMIT);
        if (c.activatedAt() != null) {
            Instant end = c.withdrawnAt() != null ? c.withdrawnAt() : c.expiresAt();
            Period period = new Period().setStartElement(Fhir.dateTime(c.activatedAt()));
            if (end != null) {
                period.setEndElement(Fhir.dateTime(end));
            }
            provision.setPeriod(period);
        }
        for (String route : c.routesOrEmpty()) {
            provision.addCode(Codes.route(route));
        }
        return consent;
    }

    /** PENDING → proposed, ACTIVE → active, EXPIRED → inactive, WITHDRAWN → inactive. */
    public static ConsentState status(String status) {
        return switch (status == null ? "" : status) {
            case "PENDING" -> ConsentState.PROPOSED;
            case "ACTIVE" -> ConsentState.ACTIVE;
            case "EXPIRED", "WITHDRAWN" -> ConsentState.INACTIVE;
            default -> ConsentState.INACTIVE;
        };
    }
}
