package io.ketacare.session.domain.protocol;

import io.ketacare.platform.problem.ProblemException;
import io.ketacare.platform.problem.Violation;
import io.ketacare.session.domain.Route;
import io.ketacare.session.persistence.SessionProtocolRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The current session protocol, earlier versions, and publishing a new version. */
@ApplicationScoped
public class SessionProtocols {

    @Inject
    SessionProtocolRepository protocols;

    @Inject
    Clock clock;

    public SessionProtocol current() {
        return protocols.latest().orElseThrow(() -> ProblemException.dependencyUnavailable("The session protocol", 60));
    }

    public SessionProtocol version(int version) {
        return protocols.findByIdOptional(version)
                .orElseThrow(() -> ProblemException.notFound("Session protocol version " + version));
    }

    /** Publishes the next version; every route must appear exactly once. */
    @Transactional
    public SessionProtocol publish(SessionProtocol draft, String by) {
        requireEveryRouteOnce(draft);
        protocols.lockForPublishing();
        draft.version = protocols.latest().map(p -> p.version).orElse(0) + 1;
        draft.publishedAt = clock.instant();
        draft.publishedBy = by;
        draft.routes.forEach(r -> r.protocolVersion = draft.version);
        protocols.persist(draft);
        return draft;
    }

    private static void requireEveryRouteOnce(SessionProtocol draft) {
        List<Violation> violations = new ArrayList<>();
        Set<Route> seen = EnumSet.noneOf(Route.class);
        for (int i = 0; i < draft.routes.size(); i++) {
            if (!seen.add(draft.routes.get(i).route)) {
                violations.add(new Violation("routes[" + i + "].route", "appears more than once"));
            }
        }
        Arrays.stream(Route.values()).filter(r -> !seen.contains(r))
                .forEach(r -> violations.add(new Violation("routes", "must include a rule for " + r)));
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }
}
