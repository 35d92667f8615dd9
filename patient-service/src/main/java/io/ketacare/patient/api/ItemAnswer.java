package io.ketacare.patient.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The published shape of one item answer (the lists themselves are plain integers). */
@Schema(name = "ItemAnswer", type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "6",
        description = "One item answer; the instrument sets the allowed range (at most 0 to 6)", example = "1")
final class ItemAnswer {

    private ItemAnswer() {
    }
}
