package cn.org.smeie.competition.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.ConnectionPoolDataSource;
import javax.sql.DataSource;
import javax.sql.XADataSource;
import org.junit.jupiter.api.Test;

/** The application's H2 data source: a plain one, never XA, whose connections see one database. */
class DriverDataSourceTest {

    @Test
    void itIsAPlainDataSourceSoPayaraPoolsItAsOne() {
        // Payara picks the pool's kind from the class: XA first, then connection pool, then plain
        assertThat(DataSource.class).isAssignableFrom(DriverDataSource.class);
        assertThat(XADataSource.class.isAssignableFrom(DriverDataSource.class)).isFalse();
        assertThat(ConnectionPoolDataSource.class.isAssignableFrom(DriverDataSource.class)).isFalse();
    }

    @Test
    void itOpensConnectionsToTheDatabaseOfItsUrlWithItsCredentials() throws SQLException {
        DriverDataSource dataSource = new DriverDataSource();
        dataSource.setURL("jdbc:h2:mem:driver-data-source;DB_CLOSE_DELAY=-1");
        dataSource.setUser("competition");
        dataSource.setPassword("secret");
        try (Connection first = dataSource.getConnection(); Statement s = first.createStatement()) {
            s.execute("CREATE TABLE T (X INT)");
            s.execute("INSERT INTO T VALUES (7)");
        }
        try (Connection second = dataSource.getConnection(); Statement s = second.createStatement();
             ResultSet r = s.executeQuery("SELECT X, CURRENT_USER FROM T")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getInt(1)).isEqualTo(7);
            assertThat(r.getString(2)).isEqualToIgnoringCase("competition");
        }
        dataSource.setPassword("wrong");
        assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLException.class);
    }

    @Test
    void aUrlNoDriverTakesIsNamedByItsSchemeOnly() {
        DriverDataSource dataSource = new DriverDataSource();
        dataSource.setUrl("jdbc:nosuchdb://host/db?password=secret");
        assertThatThrownBy(dataSource::getConnection).isInstanceOf(SQLException.class)
                .hasMessageContaining("jdbc:nosuchdb").hasMessageNotContaining("secret");
        assertThatThrownBy(new DriverDataSource()::getConnection).hasMessageContaining("DB_URL");
    }
}
