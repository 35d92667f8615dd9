package io.ketacare.session.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** consent-service's change feed, read with this service's own client-credentials token. */
@RegisterRestClient(configKey = "consent-feed")
@RegisterClientHeaders(ServiceToken.class)
@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
public interface ConsentFeedApi {

    @GET
    FeedPage after(@QueryParam("after") long after, @QueryParam("limit") int limit);
}
