package io.ketacare.consent.api;

import io.ketacare.consent.domain.outbox.Outbox;
import io.ketacare.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/events")
@Tag(name = "Change feed", description = "Ordered, resumable feed of consent and plan state changes (outbox)")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    @Inject
    Outbox outbox;

    @GET
    @RolesAllowed({Roles.INTEGRATOR, Roles.ADMIN, Roles.CLINICIAN, Roles.NURSE, Roles.SCHEDULER})
    @Operation(operationId = "listChangeEvents", summary = "Consent and plan state changes after a position, in order")
    public EventFeed after(
            @Parameter(description = "Position already seen (0 for the start)", example = "0")
            @QueryParam("after") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") @Max(value = Long.MAX_VALUE, message = "is too large") long after,
            @Parameter(description = "At most this many changes, 1 to 500", example = "100")
            @QueryParam("limit") @DefaultValue("100") @Min(value = 1, message = "must be between 1 and 500") @Max(value = 500, message = "must be between 1 and 500") int limit) {
        List<EventDto> items = outbox.after(after, limit).stream().map(EventDto::of).toList();
        return new EventFeed(items, items.isEmpty() ? after : items.get(items.size() - 1).sequence());
    }
}
