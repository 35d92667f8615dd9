package io.ketacare.session.api;

import io.ketacare.platform.problem.Problem;
import io.ketacare.platform.security.Roles;
import io.ketacare.platform.web.Idempotency;
import io.ketacare.platform.web.Page;
import io.ketacare.platform.web.PageParams;
import io.ketacare.platform.web.Responses;
import io.ketacare.session.domain.room.Room;
import io.ketacare.session.domain.room.Rooms;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/rooms")
@Tag(name = "Rooms", description = "Treatment rooms and chairs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoomResource {

    @Inject
    Rooms rooms;

    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.SCHEDULER})
    @Operation(operationId = "registerRoom", summary = "Register a treatment room or chair with its monitoring equipment")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = {@Header(name = "Location", description = "URL of the room", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Version of the room", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = RoomResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, e.g. a timeZone that is not an IANA time zone (the violations name the field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A room of that name in the clinic (type .../duplicate-room), or the clinic is in another time zone (type .../clinic-time-zone-differs)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(
            @Parameter(description = "Makes a retried request return the first response instead of registering twice")
            @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey,
            @NotNull(message = "a JSON body is required") @Valid RoomRequest request, @Context UriInfo uri) {
        return idempotency.create(idempotencyKey, uri.getPath(), request, () -> {
            Room room = rooms.register(request.name().trim(), request.clinic().trim(),
                    request.timeZone() == null || request.timeZone().isBlank() ? null : request.timeZone().trim(), request.equipment());
            return Responses.created(uri, room.id, room.version, Views.room(room));
        });
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.SCHEDULER, Roles.NURSE, Roles.CLINICIAN, Roles.INTEGRATOR})
    @Operation(operationId = "listRooms", summary = "List rooms, optionally of one clinic")
    public Page<RoomResponse> list(
            @Parameter(description = "Only rooms of this clinic", example = "Downtown") @QueryParam("clinic") @Size(max = 100) String clinic,
            @Valid @BeanParam PageParams paging) {
        Page<Room> page = rooms.list(clinic, paging);
        return new Page<>(page.items().stream().map(Views::room).toList(), page.page(), page.size(), page.totalItems());
    }

    @GET
    @Path("/{roomId}")
    @RolesAllowed({Roles.ADMIN, Roles.SCHEDULER, Roles.NURSE, Roles.CLINICIAN, Roles.INTEGRATOR})
    @Operation(operationId = "getRoom", summary = "Read a room")
    @APIResponse(responseCode = "200", description = "The room",
            headers = @Header(name = "ETag", description = "Version of the room", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RoomResponse.class)))
    public Response get(@PathParam("roomId") UUID roomId) {
        Room room = rooms.get(roomId);
        return Responses.ok(room.version, Views.room(room));
    }
}
