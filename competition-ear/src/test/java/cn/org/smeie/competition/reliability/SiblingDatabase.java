package cn.org.smeie.competition.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL database beside the suite's, on the same server (the suite's name and a suffix), for a test
 * that moves the application server onto other data for a while: a restored backup, a scanners' playground.
 * Made and dropped as an operator would, as the suite's database user. Runs in the tests' JVM.
 */
final class SiblingDatabase {

    /** The database's name in a PostgreSQL JDBC URL (before any parameters). */
    private static final Pattern DATABASE = Pattern.compile("/([^/?]+)(\\?|$)");

    private final Map<String, String> suite;
    /** The server's settings with this database: start the server with them to move it there. */
    final Map<String, String> environment;

    SiblingDatabase(Map<String, String> suite, String suffix) {
        this.suite = Map.copyOf(suite);
        Map<String, String> moved = new HashMap<>(suite);
        moved.put("DB_URL", DATABASE.matcher(suite.get("DB_URL")).replaceFirst("/$1" + suffix + "$2"));
        this.environment = Map.copyOf(moved);
    }

    /** Makes the database empty: dropped if an earlier run left it, and created. */
    void create() throws SQLException {
        administer("DROP DATABASE IF EXISTS " + name() + " WITH (FORCE)", "CREATE DATABASE " + name());
    }

    void drop() throws SQLException {
        administer("DROP DATABASE IF EXISTS " + name() + " WITH (FORCE)");
    }

    String name() {
        Matcher name = DATABASE.matcher(environment.get("DB_URL"));
        assertTrue(name.find(), environment.get("DB_URL"));
        return name.group(1);
    }

    /** Statements run on the server's maintenance database. */
    private void administer(String... statements) throws SQLException {
        String maintenance = DATABASE.matcher(suite.get("DB_URL")).replaceFirst("/postgres$2");
        try (Connection admin = DriverManager.getConnection(maintenance, suite.get("DB_USER"),
                suite.get("DB_PASSWORD")); Statement sql = admin.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }
}
