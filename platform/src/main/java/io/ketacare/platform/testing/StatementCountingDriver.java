package io.ketacare.platform.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The PostgreSQL driver with every statement execution reported to {@link SqlStatements}: a test
 * service sets {@code %test.quarkus.datasource.jdbc.driver} to this class, so Hibernate, the audit
 * trail, idempotency and hand-written JDBC are all seen, whichever code sends them. One call of
 * {@code execute}, {@code executeQuery}, {@code executeUpdate} or {@code executeLargeUpdate} is one
 * execution; one {@code executeBatch} is one execution however many rows it carries (the size is
 * kept). Transaction control ({@code commit}, {@code rollback}) and the pool's validation are not
 * statements and are not counted.
 */
public class StatementCountingDriver implements Driver {

    private final Driver postgres = new org.postgresql.Driver();

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Connection connection = postgres.connect(url, info);
        return connection == null ? null : proxy(Connection.class, new Connections(connection));
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        return postgres.acceptsURL(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return postgres.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return postgres.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return postgres.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return postgres.jdbcCompliant();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return postgres.getParentLogger();
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(StatementCountingDriver.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Hands out statements that report their executions. */
    private record Connections(Connection target) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            Object result = StatementCountingDriver.invoke(target, method, args);
            return switch (method.getName()) {
                case "createStatement" -> proxy(Statement.class, new Executions(result, null));
                case "prepareStatement" -> proxy(PreparedStatement.class, new Executions(result, (String) args[0]));
                case "prepareCall" -> proxy(CallableStatement.class, new Executions(result, (String) args[0]));
                default -> result;
            };
        }
    }

    /** Reports each execution; the SQL is the prepared text, or the text passed to execute/addBatch. */
    private static final class Executions implements InvocationHandler {

        private final Object target;
        private final String prepared;
        private String batchSql;
        private int batchSize;

        Executions(Object target, String prepared) {
            this.target = target;
            this.prepared = prepared;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("addBatch")) {
                batchSize++;
                if (args != null && args.length == 1 && batchSql == null) {
                    batchSql = (String) args[0];
                }
            } else if (name.equals("clearBatch")) {
                batchSize = 0;
                batchSql = null;
            } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                SqlStatements.executed(prepared != null ? prepared : batchSql, batchSize);
                batchSize = 0;
                batchSql = null;
            } else if (name.startsWith("execute")) {
                SqlStatements.executed(args != null && args.length > 0 && args[0] instanceof String sql ? sql : prepared, 0);
            }
            return StatementCountingDriver.invoke(target, method, args);
        }
    }
}
