package cn.org.smeie.competition.platform.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The application's database and its schema.
 *
 * <p>The data source is defined here, with its driver, URL and credentials read from MicroProfile
 * Config ({@code db.class}, {@code db.url}, {@code db.user}, {@code db.password}): an embedded H2
 * database in the data folder by default ({@code META-INF/microprofile-config.properties}),
 * PostgreSQL when the environment says so ({@code DB_CLASS}, {@code DB_URL}, ...). The same EAR
 * serves both.</p>
 *
 * <p>At start-up the versioned Flyway migrations in {@code db/migration} bring the schema up to
 * date before anything else touches it; other start-up beans {@code @DependsOn} this one. A failed
 * migration fails the deployment rather than serving a half-built schema.</p>
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATA_SOURCE,
        className = "${MPCONFIG=db.class}",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        // a connection the database has dropped (restarted, failed over, cut) is found before it is handed out:
        // Connection.isValid asks the database itself (the auto-commit method asked only the driver, which
        // handed out cut connections for seconds: ConnectionsCutIT); when one is found dead, all are replaced.
        // Each connection is asked at most once a second: asked at every checkout, the round trips doubled the
        // console's transactions per page view (7 → 14) and its p95 at 100 views/s (bench/README.md)
        properties = {"fish.payara.is-connection-validation-required=true",
                      "fish.payara.connection-validation-method=custom-validation",
                      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                      "fish.payara.validate-atmost-once-period-in-seconds=1",
                      "fish.payara.fail-all-connections=true"})
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/competition";

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        MigrateResult result = flyway.migrate();
        MigrationInfo current = flyway.info().current();
        LOG.info(() -> "Database schema at version " + (current == null ? "-" : current.getVersion())
                + " (" + result.migrationsExecuted + " migration(s) applied now, database "
                + result.database + ")");
    }
}
