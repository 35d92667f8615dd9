package io.ketacare.platform.audit;

import io.ketacare.platform.security.Roles;
import io.ketacare.platform.web.Page;
import io.ketacare.platform.web.PageParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/audit-events")
@Tag(name = "Audit", description = "The append-only trail of every access to patient data")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditTrail trail;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listAuditEvents", summary = "List audit events, newest first, optionally for one patient")
    public Page<AuditEntry> list(
            @Parameter(description = "Only accesses to this patient's data") @QueryParam("patientId") UUID patientId,
            @Valid @BeanParam PageParams paging) {
        return trail.find(patientId, paging);
    }
}
