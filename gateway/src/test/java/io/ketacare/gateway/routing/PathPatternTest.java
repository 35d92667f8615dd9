package io.ketacare.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathPatternTest {

    @Test
    void aTrailingDoubleStarMatchesTheRestOrNothing() {
        PathPattern rooms = PathPattern.of("/api/v1/rooms**");

        assertThat(rooms.matches(PathPattern.split("/api/v1/rooms"))).isTrue();
        assertThat(rooms.matches(PathPattern.split("/api/v1/rooms/r1/chairs"))).isTrue();
        assertThat(rooms.matches(PathPattern.split("/api/v1/roomsets"))).isFalse();
        assertThat(rooms.matches(PathPattern.split("/api/v1"))).isFalse();
    }

    @Test
    void aVariableMatchesExactlyOneSegment() {
        PathPattern followUps = PathPattern.of("/api/v1/patients/{id}/follow-ups**");

        assertThat(followUps.matches(PathPattern.split("/api/v1/patients/p1/follow-ups"))).isTrue();
        assertThat(followUps.matches(PathPattern.split("/api/v1/patients/p1/x/follow-ups"))).isFalse();
        assertThat(followUps.matches(PathPattern.split("/api/v1/patients/follow-ups"))).isFalse();
    }

    @Test
    void withoutDoubleStarThePathMustMatchWhole() {
        PathPattern patients = PathPattern.of("/api/v1/patients");

        assertThat(patients.matches(PathPattern.split("/api/v1/patients"))).isTrue();
        assertThat(patients.matches(PathPattern.split("/api/v1/patients/p1"))).isFalse();
    }
}
