package io.ketacare.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.ketacare.platform.problem.ProblemException;
import io.ketacare.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} on creating POSTs. The key is claimed in the same transaction as the
 * creation, so concurrent retries wait for the first and then replay its response: a retry with
 * the same key and body returns the first response, the same key with another body is a 409.
 * Without a key the creation simply runs.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    Caller caller;

    @Transactional
    public Response create(String key, String path, Object request, Supplier<Response> creation) {
        if (key == null) {
            return creation.get();
        }
        if (key.isBlank() || key.length() > 200) {
            throw ProblemException.invalid(HEADER, "must be 1 to 200 characters");
        }
        String hash = hash(path, request);
        try (Connection c = dataSource.getConnection()) {
            if (claim(c, key, hash)) {
                Response response = creation.get();
                remember(c, key, response);
                return response;
            }
            return replay(c, key, hash);
        } catch (SQLException e) {
            throw new IllegalStateException("Idempotency store unavailable", e);
        }
    }

    private boolean claim(Connection c, String key, String hash) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO idempotency_record (caller, idempotency_key, request_hash) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            s.setString(1, caller.subject());
            s.setString(2, key);
            s.setString(3, hash);
            return s.executeUpdate() == 1;
        }
    }

    private void remember(Connection c, String key, Response response) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE idempotency_record SET response_status = ?, response_location = ?,"
                + " response_etag = ?, response_body = ? WHERE caller = ? AND idempotency_key = ?")) {
            s.setInt(1, response.getStatus());
            s.setString(2, response.getLocation() == null ? null : response.getLocation().toString());
            s.setString(3, response.getHeaderString(HttpHeaders.ETAG));
            s.setString(4, response.hasEntity() ? json.writeValueAsString(response.getEntity()) : null);
            s.setString(5, caller.subject());
            s.setString(6, key);
            s.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the response for replay", e);
        }
    }

    private Response replay(Connection c, String key, String hash) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT request_hash, response_status, response_location, response_etag, response_body"
                + " FROM idempotency_record WHERE caller = ? AND idempotency_key = ?")) {
            s.setString(1, caller.subject());
            s.setString(2, key);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next() || rs.getObject("response_status") == null) {
                    throw ProblemException.conflict("idempotency-key-in-use", "Idempotency key in use",
                            "A request with this Idempotency-Key is still being processed; retry shortly");
                }
                if (!rs.getString("request_hash").equals(hash)) {
                    throw ProblemException.conflict("idempotency-key-reused", "Idempotency key reused",
                            "This Idempotency-Key was already used with a different request body; use a new key for a new request");
                }
                Response.ResponseBuilder r = Response.status(rs.getInt("response_status")).header(REPLAYED_HEADER, "true");
                if (rs.getString("response_location") != null) {
                    r.header(HttpHeaders.LOCATION, rs.getString("response_location"));
                }
                if (rs.getString("response_etag") != null) {
                    r.header(HttpHeaders.ETAG, rs.getString("response_etag"));
                }
                if (rs.getString("response_body") != null) {
                    r.type(MediaType.APPLICATION_JSON).entity(rs.getString("response_body"));
                }
                return r.build();
            }
        }
    }

    private String hash(String path, Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
