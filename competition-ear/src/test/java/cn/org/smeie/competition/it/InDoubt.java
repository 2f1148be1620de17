package cn.org.smeie.competition.it;

import cn.org.smeie.competition.platform.database.DatabaseMigration;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Transactions a database holds prepared but neither committed nor rolled back (in doubt): each keeps the rows
 * it wrote locked until someone decides it. After a crash there must be none, in the application's database
 * and in the domain's (batch job repository, timers). Read in the server.
 */
public final class InDoubt {

    /** The domain's own database: the batch job repository and the persistent timers. */
    public static final String JOB_REPOSITORY = "jdbc/__TimerPool";

    private InDoubt() {
    }

    /** The in-doubt transactions of both databases, each named with its database; empty when all is decided. */
    public static List<String> transactions() throws NamingException, SQLException {
        List<String> found = new ArrayList<>();
        for (String name : List.of(DatabaseMigration.DATA_SOURCE, JOB_REPOSITORY)) {
            DataSource database = InitialContext.doLookup(name);
            transactions(database).forEach(transaction -> found.add(name + ": " + transaction));
        }
        return found;
    }

    /** The in-doubt transactions of one database (H2 or PostgreSQL), by name. */
    public static List<String> transactions(DataSource database) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            String sql = connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")
                    ? "SELECT gid FROM pg_prepared_xacts WHERE database = current_database()"
                    : "SELECT * FROM INFORMATION_SCHEMA.IN_DOUBT";
            List<String> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            return found;
        }
    }
}
