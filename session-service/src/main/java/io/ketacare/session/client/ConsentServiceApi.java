package io.ketacare.session.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The part of consent-service's API asked on behalf of the caller (their bearer token is relayed). */
@RegisterRestClient(configKey = "consent-service")
@RegisterClientHeaders(BearerRelay.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface ConsentServiceApi {

    @GET
    @Path("/patients/{patientId}/treatment-authorization")
    AuthorizationAnswer authorization(@PathParam("patientId") UUID patientId, @QueryParam("route") String route);

    @GET
    @Path("/treatment-plans/{planId}")
    PlanAnswer plan(@PathParam("planId") UUID planId);
}
