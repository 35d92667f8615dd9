package io.ketacare.session.domain.followup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a plan's schedule phases as sessions: n sessions a week spread over the week (2 a
 * week → days 0 and 3), or one every k weeks below one a week (0.5 → every 2 weeks). The
 * sessions already booked under the plan are skipped, and the rest start at {@code from}. Days are counted in the
 * clinic's time zone, so a weekly series keeps its local time across a daylight-saving change.
 */
public final class ScheduleProposer {

    public static final int MAX_PROPOSALS = 200;

    /** One phase as the plan states it. */
    public record Phase(String name, int weeks, BigDecimal sessionsPerWeek) {
    }

    /** One proposed session. */
    public record Proposal(String phase, int week, Instant start) {
    }

    private record Entry(String phase, int week, int day) {
    }

    private ScheduleProposer() {
    }

    public static List<Proposal> propose(List<Phase> phases, int alreadyBooked, Instant from) {
        return propose(phases, alreadyBooked, from, java.time.ZoneOffset.UTC);
    }

    public static List<Proposal> propose(List<Phase> phases, int alreadyBooked, Instant from, java.time.ZoneId zone) {
        List<Entry> entries = new ArrayList<>();
        int phaseStartDay = 0;
        for (Phase p : phases) {
            for (int week = 1; week <= p.weeks(); week++) {
                int weekStart = phaseStartDay + (week - 1) * 7;
                for (int day : daysOfWeek(p.sessionsPerWeek(), week)) {
                    entries.add(new Entry(p.name(), week, weekStart + day));
                }
            }
            phaseStartDay += p.weeks() * 7;
        }
        List<Entry> remaining = entries.subList(Math.min(alreadyBooked, entries.size()), entries.size());
        List<Proposal> proposals = new ArrayList<>();
        int shift = remaining.isEmpty() ? 0 : remaining.get(0).day();
        for (Entry e : remaining.subList(0, Math.min(remaining.size(), MAX_PROPOSALS))) {
            proposals.add(new Proposal(e.phase(), e.week(), from.atZone(zone).plusDays(e.day() - shift).toInstant()));
        }
        return proposals;
    }

    /** Days within a week (0–6) that get a session. */
    static List<Integer> daysOfWeek(BigDecimal perWeek, int week) {
        if (perWeek.compareTo(BigDecimal.ONE) < 0) {
            int everyWeeks = BigDecimal.ONE.divide(perWeek, 0, RoundingMode.HALF_UP).intValue();
            return (week - 1) % Math.max(everyWeeks, 1) == 0 ? List.of(0) : List.of();
        }
        int n = Math.min(7, perWeek.setScale(0, RoundingMode.HALF_UP).intValue());
        List<Integer> days = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            days.add(i * 7 / n);
        }
        return days;
    }
}
