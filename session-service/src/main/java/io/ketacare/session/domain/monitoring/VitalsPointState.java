package io.ketacare.session.domain.monitoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a time point of the vitals schedule stands. */
@Schema(name = "VitalsPointState", description = """
        MET: a blood pressure was measured within the grace minutes around it; MISSED: the grace minutes after it passed \
        without one (a MISSED_VITALS alert); DUE: its window is open now; UPCOMING: its window has not opened yet""")
public enum VitalsPointState {
    MET,
    MISSED,
    DUE,
    UPCOMING
}
