package io.ketacare.session.api;

import io.ketacare.platform.problem.Problem;
import io.ketacare.platform.security.PatientAccess;
import io.ketacare.platform.security.Roles;
import io.ketacare.platform.web.Page;
import io.ketacare.platform.web.PageParams;
import io.ketacare.session.domain.rems.RemsReports;
import io.ketacare.session.domain.rems.RemsStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/rems-reports")
@Tag(name = "REMS reports", description = "Esketamine REMS patient-monitoring forms, due 7 days after each intranasal session")
@Produces(MediaType.APPLICATION_JSON)
public class RemsReportResource {

    @Inject
    RemsReports reports;

    @Inject
    PatientAccess access;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.CLINICIAN, Roles.NURSE, Roles.INTEGRATOR, Roles.PATIENT})
    @Operation(operationId = "listRemsReports", summary = """
            REMS monitoring forms by status: due (due or overdue), overdue, or submitted; of one patient or all; oldest \
            first. Sessions discharged or aborted, and sessions dosed but not closed within the protocol's time \
            (sessionNotClosed). Due dates are in the clinic's time zone. A patient reads only their own""")
    @APIResponse(responseCode = "200", description = "The forms, oldest due first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RemsReportPage.class)))
    @APIResponse(responseCode = "404", description = "A patient token naming another patient: that patient is not the caller's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<RemsReportResponse> list(
            @Parameter(description = "due (due or overdue, the default), overdue or submitted", example = "due")
            @QueryParam("status") @DefaultValue("due")
            @Pattern(regexp = "due|overdue|submitted", message = "must be due, overdue or submitted") String status,
            @Parameter(description = "Only this patient's forms (a patient token reads its own without it)")
            @QueryParam("patientId") UUID patientId,
            @Valid @BeanParam PageParams paging) {
        List<RemsStatus> wanted = switch (status) {
            case "overdue" -> List.of(RemsStatus.OVERDUE);
            case "submitted" -> List.of(RemsStatus.SUBMITTED);
            default -> List.of(RemsStatus.DUE, RemsStatus.OVERDUE);
        };
        Page<RemsReports.Report> page = reports.list(wanted, access.listScope(patientId), paging);
        return new Page<>(page.items().stream().map(r -> new RemsReportResponse(r.session().id, r.session().patientId,
                r.session().dischargedAt != null ? r.session().dischargedAt : r.session().endedAt, r.dueDate(), r.status(),
                r.session().remsSubmittedAt, r.sessionNotClosed())).toList(), page.page(), page.size(), page.totalItems());
    }
}
