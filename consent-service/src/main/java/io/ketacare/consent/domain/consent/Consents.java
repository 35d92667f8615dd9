package io.ketacare.consent.domain.consent;

import io.ketacare.consent.domain.document.ConsentDocuments;
import io.ketacare.consent.domain.document.DocumentVersion;
import io.ketacare.consent.domain.outbox.Outbox;
import io.ketacare.consent.persistence.ConsentQuestionRepository;
import io.ketacare.consent.persistence.ConsentRepository;
import io.ketacare.consent.persistence.DocumentVersionRepository;
import io.ketacare.platform.problem.ProblemException;
import io.ketacare.platform.web.Page;
import io.ketacare.platform.web.PageParams;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Presenting, questioning, signing, witnessing and withdrawing consents. */
@ApplicationScoped
public class Consents {

    @Inject
    ConsentRepository consents;

    @Inject
    ConsentQuestionRepository questions;

    @Inject
    DocumentVersionRepository versions;

    @Inject
    ConsentDocuments documents;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Transactional
    public ConsentView present(UUID patientId, String documentCode, Integer versionNumber, String by) {
        int number = versionNumber != null ? versionNumber : documents.latestNumber(documentCode);
        DocumentVersion version = documents.version(documentCode, Math.max(number, 1));
        Consent consent = Consent.present(patientId, version, by, clock.instant());
        consents.persist(consent);
        outbox.consent(consent, "CONSENT_PRESENTED");
        return view(consent);
    }

    public Consent get(UUID consentId) {
        return consents.findByIdOptional(consentId).orElseThrow(() -> ProblemException.notFound("Consent " + consentId));
    }

    @Transactional
    public ConsentView ask(UUID consentId, String question, String answer, String clinician) {
        Consent consent = get(consentId);
        Instant now = clock.instant();
        consent.requireOpen(now, "record a question on");
        questions.persist(ConsentQuestion.record(consentId, question, answer, clinician, now));
        return view(consent);
    }

    /** The patient signs with their own token; the consent stays PENDING until a clinician witnesses. */
    @Transactional
    public ConsentView signByPatient(UUID consentId, String signerName, String patientUser) {
        Consent consent = get(consentId);
        consent.recordPatientSignature(signerName, SignatureMethod.PATIENT_SELF, patientUser, null, clock.instant());
        outbox.consent(consent, "CONSENT_SIGNED_BY_PATIENT");
        return view(consent);
    }

    /**
     * A clinician witnesses: the patient's own signature if already recorded, else the signature the
     * clinician captures in person now, with an attestation. Either way the consent becomes ACTIVE.
     */
    @Transactional
    public ConsentView witness(UUID consentId, String signerName, String attestation, String clinician) {
        Consent consent = get(consentId);
        Instant now = clock.instant();
        if (!consent.isPatientSigned() && consent.statusAt(now) == ConsentStatus.PENDING) {
            if (signerName == null || attestation == null) {
                throw ProblemException.invalid(signerName == null ? "signerName" : "attestation",
                        "is required when the clinician captures the patient's signature (the patient has not signed yet)");
            }
            consent.recordPatientSignature(signerName, SignatureMethod.CAPTURED_BY_CLINICIAN, clinician, attestation, now);
        }
        consent.witness(clinician, now);
        outbox.consent(consent, "CONSENT_ACTIVATED");
        return view(consent);
    }

    @Transactional
    public ConsentView withdraw(UUID consentId, String reason, String by) {
        Consent consent = get(consentId);
        consent.withdraw(reason, by, clock.instant());
        outbox.consent(consent, "CONSENT_WITHDRAWN");
        return view(consent);
    }

    public ConsentView read(UUID consentId) {
        return view(get(consentId));
    }

    public Page<ConsentView> ofPatient(UUID patientId, PageParams paging) {
        PanacheQuery<Consent> query = consents.ofPatient(patientId).page(paging.page(), paging.size());
        return Page.of(views(query.list()), paging, query.count());
    }

    /** Every consent of the patient, newest first, in three queries however many there are. */
    public List<ConsentView> allOf(UUID patientId) {
        return views(consents.withDocumentsOf(patientId));
    }

    private List<ConsentView> views(List<Consent> all) {
        if (all.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> latest = versions.latestMaterialNumbers(all.stream().map(c -> c.documentVersion.documentCode).collect(Collectors.toSet()));
        Map<UUID, List<ConsentQuestion>> asked = questions.of(all.stream().map(c -> c.id).toList());
        Instant now = clock.instant();
        return all.stream().map(c -> new ConsentView(c, c.statusAt(now), c.isCurrent(latest.getOrDefault(c.documentVersion.documentCode, 0)),
                asked.getOrDefault(c.id, List.of()), now)).toList();
    }

    public ConsentView view(Consent consent) {
        Instant now = clock.instant();
        boolean current = consent.isCurrent(versions.latestMaterialNumber(consent.documentVersion.documentCode));
        return new ConsentView(consent, consent.statusAt(now), current, questions.of(consent.id), now);
    }
}
