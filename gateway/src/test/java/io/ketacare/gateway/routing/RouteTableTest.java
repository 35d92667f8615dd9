package io.ketacare.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RouteTableTest {

    private final RouteTable table = RouteTable.KETACARE;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "/api/v1/rooms, SESSION",
            "/api/v1/rooms/r1/chairs, SESSION",
            "/api/v1/sessions, SESSION",
            "/api/v1/sessions/s1/check-in, SESSION",
            "/api/v1/rems-reports, SESSION",
            "/api/v1/patients/p1/follow-ups, SESSION",
            "/api/v1/patients/p1/follow-ups/f1, SESSION",
            "/api/v1/treatment-plans/t1/proposed-sessions, SESSION",
            "/api/v1/consent-documents, CONSENT",
            "/api/v1/consent-documents/ketamine-iv/versions, CONSENT",
            "/api/v1/consents/c1/signature, CONSENT",
            "/api/v1/treatment-plans/t1, CONSENT",
            "/api/v1/treatment-plans/t1/activation, CONSENT",
            "/api/v1/events, CONSENT",
            "/api/v1/patients/p1/consents, CONSENT",
            "/api/v1/patients/p1/treatment-plans, CONSENT",
            "/api/v1/patients/p1/rems-enrollment, CONSENT",
            "/api/v1/patients/p1/treatment-authorization, CONSENT",
            "/api/v1/patients, PATIENT",
            "/api/v1/patients/, PATIENT",
            "/api/v1/patients/p1, PATIENT",
            "/api/v1/patients/p1/conditions, PATIENT",
            "/api/v1/patients/p1/screenings/s1/review, PATIENT",
            "/api/v1/patients/p1/eligibility, PATIENT",
            "/api/v1/audit-events, PATIENT"})
    void theOwnerServesThePath(String path, Service owner) {
        assertThat(table.owner(path)).contains(owner);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1", "/api/v1/", "/api/v1/unknown", "/api/v1/roomsets", "/api/v1/sessionsx/1",
            "/api/v2/patients", "/patients", "/api/v1/Patients"})
    void noServiceServesOtherPaths(String path) {
        assertThat(table.owner(path)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/patients/p1/follow-ups", "/api/v1/treatment-plans/t1/proposed-sessions"})
    void sessionSubResourcesWinOverTheirParentsOwner(String path) {
        assertThat(table.owner(path)).contains(Service.SESSION);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"/api/v1/patients//follow-ups, PATIENT", "/api/v1/treatment-plans//proposed-sessions, CONSENT"})
    void anEmptyIdSegmentMatchesNoVariable(String path, Service owner) {
        assertThat(table.owner(path)).contains(owner);
    }
}
