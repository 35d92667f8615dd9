package io.ketacare.session.domain.monitoring;

/** In-session scales: sedation (MOAA/S, 0–5, 5 = awake) and dissociation (CADSS, 0–92). */
public enum ScoreInstrument {
    MOAA_S(0, 5),
    CADSS(0, 92);

    public final int min;
    public final int max;

    ScoreInstrument(int min, int max) {
        this.min = min;
        this.max = max;
    }
}
