package io.ketacare.session.domain;

import static io.ketacare.session.domain.session.SessionStatus.ABORTED;
import static io.ketacare.session.domain.session.SessionStatus.CANCELLED;
import static io.ketacare.session.domain.session.SessionStatus.CHECKED_IN;
import static io.ketacare.session.domain.session.SessionStatus.DISCHARGED;
import static io.ketacare.session.domain.session.SessionStatus.DOSING;
import static io.ketacare.session.domain.session.SessionStatus.MONITORING;
import static io.ketacare.session.domain.session.SessionStatus.NO_SHOW;
import static io.ketacare.session.domain.session.SessionStatus.READY_TO_DOSE;
import static io.ketacare.session.domain.session.SessionStatus.SCHEDULED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ketacare.platform.problem.ProblemException;
import io.ketacare.session.domain.session.AbortGate;
import io.ketacare.session.domain.session.SessionStatus;
import io.ketacare.session.domain.session.SessionTransitions;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The state machine of api.md, exactly: every pair of states is either allowed or a 409. */
class SessionTransitionsTest {

    static final Map<SessionStatus, Set<SessionStatus>> API_MD = Map.of(
            SCHEDULED, EnumSet.of(CHECKED_IN, CANCELLED, NO_SHOW),
            CHECKED_IN, EnumSet.of(READY_TO_DOSE, ABORTED),
            READY_TO_DOSE, EnumSet.of(DOSING, ABORTED),
            DOSING, EnumSet.of(MONITORING, ABORTED),
            MONITORING, EnumSet.of(DISCHARGED, ABORTED),
            DISCHARGED, EnumSet.noneOf(SessionStatus.class),
            CANCELLED, EnumSet.noneOf(SessionStatus.class),
            NO_SHOW, EnumSet.noneOf(SessionStatus.class),
            ABORTED, EnumSet.noneOf(SessionStatus.class));

    @Test
    void everyPairOfStatesFollowsTheTable() {
        for (SessionStatus from : SessionStatus.values()) {
            for (SessionStatus to : SessionStatus.values()) {
                assertThat(SessionTransitions.isAllowed(from, to)).as(from + " → " + to).isEqualTo(API_MD.get(from).contains(to));
            }
        }
    }

    @Test
    void anIllegalTransitionIs409NamingTheCurrentStateAndTheAllowedOnes() {
        assertThatThrownBy(() -> SessionTransitions.require(SCHEDULED, DOSING)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.slug()).isEqualTo("illegal-session-transition");
            assertThat(e.getMessage()).contains("SCHEDULED").contains("CHECKED_IN, CANCELLED, NO_SHOW");
        });
        assertThatThrownBy(() -> SessionTransitions.require(DISCHARGED, ABORTED)).hasMessageContaining("none (it has ended)");
    }

    @Test
    void everyStateThatMayBeAbortedAfterTheDoseNeedsAClinicianAndADispositionAndTheOthersDoNot() {
        for (SessionStatus from : SessionStatus.values()) {
            if (SessionTransitions.isAllowed(from, ABORTED)) {
                boolean dosed = from == DOSING || from == MONITORING;
                assertThat(AbortGate.check(from, dosed, null, false)).as(from.name()).hasSize(dosed ? 2 : 0);
            }
        }
    }
}
