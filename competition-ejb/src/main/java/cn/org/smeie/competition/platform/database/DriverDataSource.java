package cn.org.smeie.competition.platform.database;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A plain, non-XA data source over the JDBC driver that accepts its URL: the embedded H2 database's.
 *
 * <p>H2's own data source ({@code org.h2.jdbcx.JdbcDataSource}) is also an XA data source, and Payara pools an
 * XA class as one: a batch chunk, which writes the application's database and the job repository in one
 * transaction, then committed both in two phases, and a server killed between the phases left the application's
 * database holding a prepared transaction, with its rows locked, that nothing at start-up decides (the start-up
 * recovery does not reach a data source the application defines: {@code TwoPhaseCrashIT}). Not being XA, this one
 * commits as the transaction's last agent, as PostgreSQL's {@code PGSimpleDataSource} does. The driver class
 * itself ({@code org.h2.Driver}) cannot take its place: Payara pools a class it cannot load when it deploys the
 * application as a {@code javax.sql.DataSource}, which a driver is not (the run command's deployment failed so).
 * This class is a data source whichever way Payara reads it.</p>
 *
 * <p>Payara pools its connections; this class only opens them. Properties: {@code url}, {@code user},
 * {@code password}, set by the container from the {@code @DataSourceDefinition}.</p>
 */
public class DriverDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private int loginTimeout;
    private PrintWriter logWriter;
    private volatile Driver driver;

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
        this.driver = null;
    }

    /** The same as {@link #setUrl}, under the name H2's and other drivers' data sources use. */
    public void setURL(String url) {
        setUrl(url);
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String secret) throws SQLException {
        Properties info = new Properties();
        if (username != null) {
            info.setProperty("user", username);
        }
        if (secret != null) {
            info.setProperty("password", secret);
        }
        Connection connection = driver().connect(url, info);
        if (connection == null) {
            throw new SQLException("the JDBC driver refused the URL " + scheme());
        }
        return connection;
    }

    private Driver driver() throws SQLException {
        Driver found = driver;
        if (found == null) {
            if (url == null) {
                throw new SQLException("no JDBC URL is set (db.url, DB_URL)");
            }
            for (Driver candidate : ServiceLoader.load(Driver.class, DriverDataSource.class.getClassLoader())) {
                if (candidate.acceptsURL(url)) {
                    found = candidate;
                    break;
                }
            }
            if (found == null) {
                throw new SQLException("no JDBC driver on the class path accepts " + scheme() + " URLs");
            }
            driver = found;
        }
        return found;
    }

    /** The URL's scheme only ({@code jdbc:h2}): a URL may carry credentials, which messages must not. */
    private String scheme() {
        int second = url.indexOf(':', url.indexOf(':') + 1);
        return second < 0 ? url : url.substring(0, second);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
