package io.ketacare.gateway.pathway;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a part of the pathway document could be read from its owner. */
@Schema(name = "PathwayPartStatus", description = "AVAILABLE, or UNAVAILABLE with the reason (the owner is down, silent or refused); never made up")
public enum PartStatus {
    AVAILABLE,
    UNAVAILABLE
}
