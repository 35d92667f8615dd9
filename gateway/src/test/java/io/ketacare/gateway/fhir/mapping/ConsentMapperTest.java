package io.ketacare.gateway.fhir.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Consent.ConsentState;
import org.junit.jupiter.api.Test;

class ConsentMapperTest {

    @Test
    void activeConsentIsAnActiveTreatmentConsentPermittingItsRoutesAndIsValidR4() {
        Consent consent = ConsentMapper.toFhir(Records.consent("ACTIVE"));

        assertThat(consent.getStatus()).isEqualTo(ConsentState.ACTIVE);
        assertThat(consent.getScope().getCodingFirstRep().getCode()).isEqualTo("treatment");
        assertThat(consent.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("59284-0");
        assertThat(consent.getPolicyFirstRep().getUri()).isEqualTo("https://ketacare.dev/consent-documents/KETAMINE_TREATMENT/versions/1");
        assertThat(consent.getProvision().getType()).isEqualTo(Consent.ConsentProvisionType.PERMIT);
        assertThat(consent.getProvision().getCode()).flatExtracting(c -> c.getCoding()).extracting(Coding::getCode)
                .containsExactly("46713006", "47625008");
        assertThat(consent.getProvision().getPeriod().hasEnd()).isTrue();
        R4Validation.assertValid(consent);
    }

    @Test
    void withdrawnConsentIsInactiveAndItsPermissionEndsAtTheWithdrawal() {
        Consent consent = ConsentMapper.toFhir(Records.consent("WITHDRAWN"));

        assertThat(consent.getStatus()).isEqualTo(ConsentState.INACTIVE);
        assertThat(consent.getProvision().getPeriod().getEndElement().getValue())
                .isEqualTo(java.util.Date.from(Records.AT.plusSeconds(86400)));
        R4Validation.assertValid(consent);
    }

    @Test
    void pendingConsentIsProposedAndExpiredIsInactive() {
        assertThat(ConsentMapper.status("PENDING")).isEqualTo(ConsentState.PROPOSED);
        assertThat(ConsentMapper.status("EXPIRED")).isEqualTo(ConsentState.INACTIVE);
        assertThat(ConsentMapper.status("SOMETHING_NEW")).isEqualTo(ConsentState.INACTIVE);
        R4Validation.assertValid(ConsentMapper.toFhir(Records.consent("PENDING")));
    }
}
