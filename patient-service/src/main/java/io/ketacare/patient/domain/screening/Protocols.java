package io.ketacare.patient.domain.screening;

import io.ketacare.patient.persistence.ProtocolRepository;
import io.ketacare.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/** The published screening protocol versions. Without one no screening decision can be made (fail closed). */
@ApplicationScoped
public class Protocols {

    static final int RETRY_AFTER_SECONDS = 300;

    @Inject
    ProtocolRepository repository;

    public Protocol current(Instant at) {
        return repository.publishedAt(at).map(ProtocolVersion::toProtocol)
                .orElseThrow(() -> ProblemException.dependencyUnavailable("A published screening protocol", RETRY_AFTER_SECONDS));
    }

    public Protocol version(int version) {
        return repository.findByIdOptional(version).map(ProtocolVersion::toProtocol)
                .orElseThrow(() -> ProblemException.dependencyUnavailable("Screening protocol version " + version, RETRY_AFTER_SECONDS));
    }
}
