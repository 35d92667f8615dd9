package io.ketacare.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ketacare.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class EtagsTest {

    @Test
    void etagIsTheQuotedVersion() {
        assertThat(Etags.of(3)).isEqualTo("\"3\"");
    }

    @Test
    void ifMatchNamesTheVersionStrongOrWeak() {
        assertThat(Etags.expectedVersion("\"3\"")).isEqualTo(3);
        assertThat(Etags.expectedVersion("W/\"4\"")).isEqualTo(4);
    }

    @Test
    void missingIfMatchIs428() {
        assertThatThrownBy(() -> Etags.expectedVersion(null)).isInstanceOf(ProblemException.class)
                .extracting(e -> ((ProblemException) e).status()).isEqualTo(428);
        assertThatThrownBy(() -> Etags.expectedVersion(" ")).extracting(e -> ((ProblemException) e).status()).isEqualTo(428);
    }

    @Test
    void ifMatchNamingNoVersionIs412() {
        assertThatThrownBy(() -> Etags.expectedVersion("\"abc\"")).extracting(e -> ((ProblemException) e).status()).isEqualTo(412);
    }

    @Test
    void staleVersionIs412AndNamesTheCurrentEtag() {
        assertThatThrownBy(() -> Etags.requireCurrent(1, 2)).hasMessageContaining("\"2\"")
                .extracting(e -> ((ProblemException) e).status()).isEqualTo(412);
        Etags.requireCurrent(2, 2);
    }
}
