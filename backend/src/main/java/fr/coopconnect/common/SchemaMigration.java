package fr.coopconnect.common;

import io.agroal.api.AgroalDataSource;
import io.quarkus.liquibase.LiquibaseFactory;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import liquibase.Liquibase;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Migrates the schema with Liquibase at start, before any other start-up work, unless the changelog files hash to
 * what the schema was last migrated with: Liquibase parses and checks every changelog and reads its history on
 * each start, 0.7–0.9 s (a fifth of the start-up time) to find nothing to do (bench/README.md). When the hash
 * differs or is unknown, Liquibase runs as usual (validate, then update, under its own lock across replicas).
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class);
    private static final String MASTER = "db/changelog.xml";
    private static final String UNDEFINED_TABLE = "42P01";
    private static final Pattern INCLUDE = Pattern.compile("<include\\s+file=\"([^\"]+)\"");

    @Inject
    LiquibaseFactory liquibase;

    @Inject
    AgroalDataSource dataSource;

    /** First of the start-up observers: the others (admin account, demo territory) need the schema. */
    void migrate(@Observes @Priority(0) StartupEvent start) throws Exception {
        String fingerprint = changelogFingerprint(SchemaMigration::resource);
        if (fingerprint.equals(storedFingerprint())) {
            LOG.debugf("Schema up to date with changelog %s", fingerprint);
            return;
        }
        try (Liquibase migration = liquibase.createLiquibase()) {
            migration.validate();
            migration.update(liquibase.createContexts(), liquibase.createLabels());
        }
        store(fingerprint);
        LOG.infof("Schema migrated, changelog %s", fingerprint);
    }

    /** SHA-256 of the master changelog and of every file it includes, in order, read by {@code resources}. */
    static String changelogFingerprint(Function<String, byte[]> resources) {
        MessageDigest sha = sha256();
        String master = new String(resources.apply(MASTER), StandardCharsets.UTF_8);
        sha.update(master.getBytes(StandardCharsets.UTF_8));
        Matcher include = INCLUDE.matcher(master);
        while (include.find()) {
            sha.update(include.group(1).getBytes(StandardCharsets.UTF_8));
            sha.update(resources.apply(include.group(1)));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The stored hash, or null before the first migration that stored one. */
    private String storedFingerprint() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement ps = connection.prepareStatement(
                     "SELECT sha256 FROM schema_fingerprint")) {
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            if (UNDEFINED_TABLE.equals(e.getSQLState())) {
                return null; // a database migrated before changeset 053, or a new one: Liquibase creates the table
            }
            throw e;
        }
    }

    private void store(String fingerprint) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement ps = connection.prepareStatement("INSERT INTO schema_fingerprint (id, sha256, migrated_at)"
                     + " VALUES (1, ?, now()) ON CONFLICT (id) DO UPDATE SET sha256 = EXCLUDED.sha256, migrated_at = now()")) {
            ps.setString(1, fingerprint);
            ps.executeUpdate();
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Changelog " + name + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
