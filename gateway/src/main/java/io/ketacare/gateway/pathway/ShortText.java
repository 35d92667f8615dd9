package io.ketacare.gateway.pathway;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The schema of the short texts in the pathway's lists (facts, routes, flags). */
@Schema(name = "PathwayText", type = SchemaType.STRING, maxLength = 300, description = "A short text", example = "plan active")
final class ShortText {

    private ShortText() {
    }
}
