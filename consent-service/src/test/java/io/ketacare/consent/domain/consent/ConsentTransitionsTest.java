package io.ketacare.consent.domain.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ketacare.consent.domain.document.DocumentContent;
import io.ketacare.consent.domain.document.DocumentVersion;
import io.ketacare.consent.domain.document.Route;
import io.ketacare.platform.problem.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConsentTransitionsTest {

    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    static DocumentVersion version(int number, Integer validityDays) {
        return DocumentVersion.publish("KETAMINE_TREATMENT", number, new DocumentContent("p", "r", "b", "a",
                Map.of(Route.IV, "iv", Route.INTRANASAL, "in"), validityDays, true), "admin1", T0);
    }

    static Consent presented(Integer validityDays) {
        return Consent.present(UUID.randomUUID(), version(1, validityDays), "clinician1", T0);
    }

    static Consent active(Integer validityDays) {
        Consent c = presented(validityDays);
        c.recordPatientSignature("Sam Self", SignatureMethod.PATIENT_SELF, "patient1", null, T0);
        c.witness("clinician1", T0);
        return c;
    }

    @Test
    void aPresentedConsentIsPending() {
        assertThat(presented(null).statusAt(T0)).isEqualTo(ConsentStatus.PENDING);
    }

    @Test
    void patientSignatureAloneKeepsItPending() {
        Consent c = presented(null);
        c.recordPatientSignature("Sam Self", SignatureMethod.PATIENT_SELF, "patient1", null, T0);
        assertThat(c.statusAt(T0)).isEqualTo(ConsentStatus.PENDING);
    }

    @Test
    void witnessWithoutPatientSignatureIsRefusedNamingPending() {
        assertThatThrownBy(() -> presented(null).witness("clinician1", T0)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("PENDING").extracting(e -> ((ProblemException) e).status()).isEqualTo(409);
    }

    @Test
    void signedAndWitnessedIsActiveForTheDefault365Days() {
        Consent c = active(null);
        assertThat(c.expiresAt).isEqualTo(T0.plus(Duration.ofDays(365)));
        assertThat(c.statusAt(T0.plus(Duration.ofDays(365)).minusSeconds(1))).isEqualTo(ConsentStatus.ACTIVE);
    }

    @Test
    void activeConsentExpiresExactlyAtTheEndOfItsValidity() {
        assertThat(active(30).statusAt(T0.plus(Duration.ofDays(30)))).isEqualTo(ConsentStatus.EXPIRED);
    }

    @Test
    void signingAnActiveConsentIsRefusedNamingActive() {
        assertThatThrownBy(() -> active(null).recordPatientSignature("Sam", SignatureMethod.PATIENT_SELF, "patient1", null, T0))
                .isInstanceOf(ProblemException.class).hasMessageContaining("is ACTIVE");
    }

    @Test
    void signingTwiceIsRefused() {
        Consent c = presented(null);
        c.recordPatientSignature("Sam Self", SignatureMethod.PATIENT_SELF, "patient1", null, T0);
        assertThatThrownBy(() -> c.recordPatientSignature("Sam Self", SignatureMethod.PATIENT_SELF, "patient1", null, T0))
                .isInstanceOf(ProblemException.class).hasMessageContaining("already signed");
    }

    @Test
    void withdrawalIsImmediateAndKeepsTheReason() {
        Consent c = active(null);
        c.withdraw("changed my mind", "patient1", T0.plusSeconds(60));
        assertThat(c.statusAt(T0.plusSeconds(60))).isEqualTo(ConsentStatus.WITHDRAWN);
        assertThat(c.withdrawalReason).isEqualTo("changed my mind");
    }

    @Test
    void withdrawalIsFinal() {
        Consent c = active(null);
        c.withdraw("changed my mind", "patient1", T0);
        assertThatThrownBy(() -> c.withdraw("again", "patient1", T0)).hasMessageContaining("is WITHDRAWN");
        assertThatThrownBy(() -> c.witness("clinician1", T0)).hasMessageContaining("is WITHDRAWN");
    }

    @Test
    void anExpiredConsentCannotBeWithdrawnOrQuestioned() {
        Consent c = active(30);
        Instant later = T0.plus(Duration.ofDays(31));
        assertThatThrownBy(() -> c.withdraw("late", "patient1", later)).hasMessageContaining("is EXPIRED");
        assertThatThrownBy(() -> c.requireOpen(later, "record a question on")).hasMessageContaining("is EXPIRED");
    }

    @Test
    void aNewerMaterialVersionMakesTheConsentNonCurrent() {
        Consent c = active(null);
        assertThat(c.isCurrent(1)).isTrue();
        assertThat(c.isCurrent(2)).isFalse();
    }
}
