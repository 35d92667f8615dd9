package io.ketacare.patient.domain.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A scored instrument: the item answers as given, and the score, band and safety flags the server computed. */
@Entity
@Table(name = "assessment")
public class Assessment {

    @Id
    public UUID id;

    @Column(name = "patient_id", nullable = false)
    public UUID patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Instrument instrument;

    @Column(name = "instrument_version", nullable = false)
    public String instrumentVersion;

    @Column(name = "code_system", nullable = false)
    public String codeSystem;

    @Column(name = "panel_code", nullable = false)
    public String panelCode;

    @Column(name = "score_code", nullable = false)
    public String scoreCode;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "integer[]")
    public Integer[] items;

    @Column(nullable = false)
    public int total;

    @Column(nullable = false)
    public String band;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] flags;

    @Column(name = "administered_at", nullable = false)
    public Instant administeredAt;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_by_role", nullable = false)
    public String recordedByRole;

    @Version
    public long version;

    public static Assessment scored(UUID patientId, InstrumentDefinition definition, List<Integer> answers, Score score,
            Instant administeredAt, String recordedBy, String role, Instant recordedAt) {
        Assessment a = new Assessment();
        a.id = UUID.randomUUID();
        a.patientId = patientId;
        a.instrument = definition.instrument();
        a.instrumentVersion = definition.version();
        a.codeSystem = definition.codeSystem();
        a.panelCode = definition.panelCode();
        a.scoreCode = definition.scoreCode();
        a.items = answers.toArray(Integer[]::new);
        a.total = score.total();
        a.band = score.band();
        a.flags = score.flags().stream().map(Flag::name).toArray(String[]::new);
        a.administeredAt = administeredAt;
        a.recordedAt = recordedAt;
        a.recordedBy = recordedBy;
        a.recordedByRole = role;
        return a;
    }

    public List<Integer> answers() {
        return Arrays.asList(items);
    }

    public List<Flag> safetyFlags() {
        return Arrays.stream(flags).map(Flag::valueOf).toList();
    }
}
