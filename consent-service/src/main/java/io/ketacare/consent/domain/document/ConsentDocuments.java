package io.ketacare.consent.domain.document;

import io.ketacare.consent.persistence.ConsentDocumentRepository;
import io.ketacare.consent.persistence.DocumentVersionRepository;
import io.ketacare.platform.problem.ProblemException;
import io.ketacare.platform.web.Page;
import io.ketacare.platform.web.PageParams;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Authoring consent documents and publishing their immutable versions. */
@ApplicationScoped
public class ConsentDocuments {

    @Inject
    ConsentDocumentRepository documents;

    @Inject
    DocumentVersionRepository versions;

    @Inject
    Clock clock;

    @Transactional
    public ConsentDocument author(String code, String title, String by) {
        if (documents.findByIdOptional(code).isPresent()) {
            throw ProblemException.conflict("duplicate-consent-document", "Consent document exists",
                    "A consent document with code " + code + " already exists; publish a new version of it instead");
        }
        ConsentDocument document = ConsentDocument.author(code, title, by, clock.instant());
        documents.persist(document);
        return document;
    }

    public ConsentDocument get(String code) {
        return documents.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("Consent document " + code));
    }

    public Page<ConsentDocument> list(PageParams paging) {
        PanacheQuery<ConsentDocument> query = documents.findAll(Sort.by("code")).page(paging.page(), paging.size());
        return Page.of(query.list(), paging, query.count());
    }

    /** Publishes the next version; the document row is locked so that two publications get distinct numbers. */
    @Transactional
    public DocumentVersion publish(String code, DocumentContent content, String by) {
        ConsentDocument document = documents.findByIdOptional(code, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Consent document " + code));
        DocumentVersion version = DocumentVersion.publish(document.code, versions.latestNumber(code) + 1, content, by, clock.instant());
        versions.persist(version);
        return version;
    }

    public DocumentVersion version(String code, int number) {
        get(code);
        return versions.find(code, number)
                .orElseThrow(() -> ProblemException.notFound("Version " + number + " of consent document " + code));
    }

    public Page<DocumentVersion> versions(String code, PageParams paging) {
        get(code);
        PanacheQuery<DocumentVersion> query = versions.ofDocument(code).page(paging.page(), paging.size());
        return Page.of(query.list(), paging, query.count());
    }

    public int latestNumber(String code) {
        return versions.latestNumber(code);
    }
}
