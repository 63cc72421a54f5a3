package com.relaycrm.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A database of its own for application JVMs a test starts ({@link ApplicationJvm}), and looking into it from the
 * test. With the postgres profile active: a fresh PostgreSQL database named after RELAY_DB_URL's plus a suffix
 * (dropped afterwards; {@code .ci/run} drops it too if the run is cut short); otherwise a file H2 database under the
 * given folder.
 */
public record TestDatabase(String url, String user, String password, boolean postgres) {

    /** True when the tests run with the postgres profile (SPRING_PROFILES_ACTIVE and RELAY_DB_URL). */
    public static boolean postgresActive() {
        String profile = System.getenv("SPRING_PROFILES_ACTIVE");
        return profile != null && profile.contains("postgres") && System.getenv("RELAY_DB_URL") != null;
    }

    /** A fresh database: {@code <RELAY_DB_URL's database>_<suffix>} on PostgreSQL, else an H2 file in dir. */
    public static TestDatabase prepare(Path dir, String suffix) throws SQLException {
        if (postgresActive()) {
            String pgUrl = System.getenv("RELAY_DB_URL");
            String user = System.getenv().getOrDefault("RELAY_DB_USER", "postgres");
            String password = System.getenv().getOrDefault("RELAY_DB_PASSWORD", "");
            String base = pgUrl.substring(0, pgUrl.lastIndexOf('/') + 1);
            String name = pgUrl.substring(pgUrl.lastIndexOf('/') + 1).replaceAll("\\?.*", "") + "_" + suffix;
            try (Connection admin = DriverManager.getConnection(base + "postgres", user, password);
                 Statement statement = admin.createStatement()) {
                statement.execute("drop database if exists " + name + " with (force)");
                statement.execute("create database " + name);
            }
            return new TestDatabase(base + name, user, password, true);
        }
        // WRITE_DELAY=0: a commit is on disk before it returns, as PostgreSQL's is (H2 delays by default)
        return new TestDatabase("jdbc:h2:file:" + dir.resolve("relay") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0", "sa", "",
                false);
    }

    /** A PostgreSQL database is dropped (an H2 file stays under target/). */
    public void drop() throws SQLException {
        if (!postgres) {
            return;
        }
        String base = url.substring(0, url.lastIndexOf('/') + 1);
        String name = url.substring(url.lastIndexOf('/') + 1);
        try (Connection admin = DriverManager.getConnection(base + "postgres", user, password);
             Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        }
    }

    /** Command line arguments an application JVM needs for this database. */
    public List<String> arguments() {
        return postgres ? List.of() : List.of("--relay.datasource.h2-url=" + url);
    }

    /** Environment an application JVM needs for this database. */
    public Map<String, String> environment() {
        return postgres ? Map.of("SPRING_PROFILES_ACTIVE", "postgres", "RELAY_DB_URL", url, "RELAY_DB_USER", user,
                "RELAY_DB_PASSWORD", password)
                : Map.of("SPRING_PROFILES_ACTIVE", "default");
    }

    /** The first column of the first row of a query (a count). */
    public long single(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** The first column of every row of a query. */
    public List<String> column(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (result.next()) {
                values.add(result.getString(1));
            }
            return values;
        }
    }
}
