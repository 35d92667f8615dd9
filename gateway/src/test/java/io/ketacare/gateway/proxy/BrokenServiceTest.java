package io.ketacare.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A service that breaks off its answer: the caller's answer is cut off too, never ended as if complete. */
class BrokenServiceTest {

    private ProxyRig rig;

    @AfterEach
    void closeRig() {
        rig.close();
        assertThat(rig.escaped).as("exceptions that escaped the gateway").isEmpty();
    }

    @ParameterizedTest(name = "chunked: {0}")
    @ValueSource(booleans = {false, true})
    void aServiceThatClosesMidBodyCutsTheCallersAnswerShort(boolean chunked) throws Exception {
        rig = new ProxyRig(ProxyRig.Settings.oneConnection());

        assertThatThrownBy(() -> rig.get(chunked ? "/cut?chunked" : "/cut")).isInstanceOf(IOException.class);

        assertThat(rig.get("/ok").statusCode()).isEqualTo(200);
    }
}
