package cn.org.smeie.competition.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/** The migrations on the H2 version that Payara ships (PostgreSQL: the integration tests' postgresql profile). */
class MigrationsTest {

    private static final String URL = "jdbc:h2:mem:migrations;DB_CLOSE_DELAY=-1";

    @Test
    void theMigrationsBuildTheSchemaAndASecondRunChangesNothing() throws SQLException {
        Flyway flyway = Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load();
        MigrateResult first = flyway.migrate();
        assertThat(first.success).isTrue();
        assertThat(first.migrationsExecuted).isPositive();
        assertThat(flyway.migrate().migrationsExecuted).isZero();

        try (Connection c = DriverManager.getConnection(URL, "sa", ""); Statement s = c.createStatement()) {
            for (String table : new String[] {"ORGANIZATION", "EDITION", "EDITION_ORGANIZER", "TRACK", "AUDIT_ENTRY"}) {
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    assertThat(r.next()).as(table).isTrue();
                }
            }
            try (ResultSet r = s.executeQuery("SELECT NEXT VALUE FOR track_seq")) {
                r.next();
                assertThat(r.getLong(1)).as("sequences step with the JPA allocation size").isEqualTo(50);
            }
            s.execute("INSERT INTO organization (id, name, kind, version) VALUES (1, '承办单位', 'HOST', 0)");
            assertThatThrownBy(() -> s.execute(
                    "INSERT INTO organization (id, name, kind, version) VALUES (2, '承办单位', 'HOST', 0)"))
                    .as("one organization per name and kind").isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.execute(
                    "INSERT INTO organization (id, name, kind, version) VALUES (3, 'X', 'SCHOOL', 0)"))
                    .as("kinds are checked").isInstanceOf(SQLException.class);
        }
    }
}
