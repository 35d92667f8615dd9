package io.ketacare.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: subject, user name, roles and, for a patient token, the linked patient record. */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }

    public String subject() {
        return isAuthenticated() ? identity.getPrincipal().getName() : "anonymous";
    }

    public String userName() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getClaim("preferred_username") != null) {
            return jwt.getClaim("preferred_username").toString();
        }
        return subject();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean hasAnyRole(String... roles) {
        return Arrays.stream(roles).anyMatch(identity::hasRole);
    }

    /** The most privileged role, for the audit trail. */
    public String primaryRole() {
        for (String role : new String[] {Roles.ADMIN, Roles.CLINICIAN, Roles.NURSE, Roles.SCHEDULER, Roles.INTEGRATOR, Roles.PATIENT}) {
            if (identity.hasRole(role)) {
                return role;
            }
        }
        return isAuthenticated() ? "none" : "anonymous";
    }

    /** A caller whose only clinical standing is being a patient. */
    public boolean isPatientOnly() {
        return hasRole(Roles.PATIENT) && !hasAnyRole(Roles.ADMIN, Roles.CLINICIAN, Roles.NURSE, Roles.SCHEDULER, Roles.INTEGRATOR);
    }

    /** The patient record a patient token is linked to, if the claim is present and well formed. */
    public Optional<UUID> linkedPatientId() {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Optional.empty();
        }
        Object claim = jwt.getClaim(Roles.PATIENT_ID_CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(claim.toString().replace("\"", "")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
