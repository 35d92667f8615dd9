package io.ketacare.platform.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL statements a test's requests send to the real database, as seen by
 * {@link StatementCountingDriver}. A test opens a recording around one request and asserts what it
 * executed:
 *
 * <pre>{@code
 * try (SqlStatements.Recording sql = SqlStatements.record()) {
 *     given().get("/api/v1/patients/{id}", id).then().statusCode(200);
 *     assertThat(sql.shapes()).containsExactly("SELECT patient", "INSERT audit_event");
 * }
 * }</pre>
 *
 * A JDBC batch counts as one execution (one statement, sent once with all its rows); its row count
 * is kept in {@link Executed#batchSize()}. Statements of every thread are recorded, so the audit
 * entry written by the response filter is seen too; a recording is meant to surround one request of
 * a test that runs alone.
 */
public final class SqlStatements {

    private static final Pattern TABLE = Pattern.compile(
            "^\\s*(?:select\\b.*?\\bfrom|insert\\s+into|update|delete\\s+from)\\s+([a-z_][a-z0-9_.]*)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private static volatile Recording current;

    private SqlStatements() {
    }

    /** One execution: its SQL text and, for a JDBC batch, how many rows it carried (0 otherwise). */
    public record Executed(String sql, int batchSize) {

        /** The verb and the first table, e.g. {@code SELECT patient} or {@code INSERT audit_event}. */
        public String shape() {
            String text = sql == null ? "" : sql.strip();
            String verb = text.isEmpty() ? "?" : text.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
            Matcher m = TABLE.matcher(text);
            return m.find() ? verb + " " + m.group(1).toLowerCase(Locale.ROOT) : verb;
        }

        @Override
        public String toString() {
            return (batchSize > 0 ? "[batch of " + batchSize + "] " : "") + sql;
        }
    }

    /** Starts recording every statement executed from now until the recording is closed. */
    public static Recording record() {
        Recording recording = new Recording();
        current = recording;
        return recording;
    }

    static void executed(String sql, int batchSize) {
        Recording recording = current;
        if (recording != null) {
            recording.add(new Executed(sql, batchSize));
        }
    }

    /** The statements executed while it was open. */
    public static final class Recording implements AutoCloseable {

        private final List<Executed> executed = new ArrayList<>();

        private synchronized void add(Executed e) {
            executed.add(e);
        }

        public synchronized List<Executed> executed() {
            return List.copyOf(executed);
        }

        /** How many statements were executed (a batch is one). */
        public int count() {
            return executed().size();
        }

        /** {@link Executed#shape()} of each statement, in order. */
        public List<String> shapes() {
            return executed().stream().map(Executed::shape).toList();
        }

        @Override
        public void close() {
            if (current == this) {
                current = null;
            }
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder(count() + " statements:");
            executed().forEach(e -> s.append("\n  ").append(e));
            return s.toString();
        }
    }
}
