package io.ketacare.session.api;

import io.ketacare.platform.problem.ProblemException;
import io.ketacare.platform.security.Caller;
import io.ketacare.session.domain.session.Session;
import io.ketacare.session.domain.session.Sessions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** Finds a session the caller may see: a patient token gets 404 for another patient's session. */
@RequestScoped
public class SessionLookup {

    @Inject
    Sessions sessions;

    @Inject
    Caller caller;

    public Session visible(UUID sessionId) {
        Session s = sessions.get(sessionId);
        if (caller.isPatientOnly() && !caller.linkedPatientId().map(s.patientId::equals).orElse(false)) {
            throw ProblemException.notFound("Session " + sessionId);
        }
        return s;
    }
}
