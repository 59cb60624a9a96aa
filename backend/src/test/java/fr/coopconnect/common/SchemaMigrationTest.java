package fr.coopconnect.common;

import fr.coopconnect.support.Sql;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import liquibase.Scope;
import liquibase.changelog.FastCheckService;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@QuarkusTest
public class SchemaMigrationTest {

    private static final String OLD = "2000-01-01T00:00:00Z";

    @Inject
    SchemaMigration migration;

    @Inject
    DataSource db;

    private static String current() {
        return SchemaMigration.changelogFingerprint(SchemaMigration::resource);
    }

    private long rowsWith(String sha256, boolean migratedLongAgo) {
        return Sql.count(db, "SELECT count(*) FROM schema_fingerprint WHERE sha256 = ? AND (migrated_at = CAST(? AS timestamptz)) = ?",
                sha256, OLD, migratedLongAgo);
    }

    @Test
    void aStartLeavesTheHashOfTheChangelogItMigratedWith() {
        assertEquals(1, Sql.count(db, "SELECT count(*) FROM schema_fingerprint WHERE sha256 = ?", current()));
    }

    @Test
    void anUnchangedChangelogSkipsLiquibase() throws Exception {
        Sql.update(db, "UPDATE schema_fingerprint SET migrated_at = CAST(? AS timestamptz)", OLD);
        migration.migrate(null);
        assertEquals(1, rowsWith(current(), true), "nothing migrated, nothing stored");
    }

    @Test
    void aChangedChangelogRunsLiquibaseAndStoresItsHash() throws Exception {
        Sql.update(db, "UPDATE schema_fingerprint SET sha256 = 'an earlier changelog', migrated_at = CAST(? AS timestamptz)", OLD);
        migration.migrate(null);
        assertEquals(1, rowsWith(current(), false), "migrated now, with the current hash");
    }

    @Test
    void aDatabaseMissingTheLastChangesetGetsItFromLiquibase() throws Exception {
        // As a database migrated by the release before changeset 053 looks: no hash table, 053 not in the history.
        Sql.update(db, "DROP TABLE schema_fingerprint");
        Sql.update(db, "DELETE FROM databasechangelog WHERE id = '053-schema-fingerprint'");
        // Liquibase remembers, per JVM, a changelog it found up to date; a start runs it once, this test class twice.
        Scope.getCurrentScope().getSingleton(FastCheckService.class).clearCache();
        migration.migrate(null);
        assertEquals(1, Sql.count(db, "SELECT count(*) FROM databasechangelog WHERE id = '053-schema-fingerprint'"),
                "Liquibase applied the missing changeset");
        assertEquals(1, rowsWith(current(), false), "and the hash was stored in the table it created");
    }

    @Test
    void theHashCoversTheMasterAndEveryIncludedFile() {
        Map<String, String> files = new HashMap<>(Map.of(
                "db/changelog.xml", "<databaseChangeLog><include file=\"a.sql\"/>\n<include file=\"b.sql\"/></databaseChangeLog>",
                "a.sql", "CREATE TABLE a (id int);",
                "b.sql", "CREATE TABLE b (id int);"));
        String before = SchemaMigration.changelogFingerprint(name -> files.get(name).getBytes(StandardCharsets.UTF_8));
        assertEquals(before, SchemaMigration.changelogFingerprint(name -> files.get(name).getBytes(StandardCharsets.UTF_8)));

        files.put("b.sql", "CREATE TABLE b (id bigint);");
        String edited = SchemaMigration.changelogFingerprint(name -> files.get(name).getBytes(StandardCharsets.UTF_8));
        assertNotEquals(before, edited, "an included file changed");

        files.put("db/changelog.xml", files.get("db/changelog.xml").replace("</databaseChangeLog>", "<include file=\"c.sql\"/></databaseChangeLog>"));
        files.put("c.sql", "");
        assertNotEquals(edited, SchemaMigration.changelogFingerprint(name -> files.get(name).getBytes(StandardCharsets.UTF_8)),
                "a file was included");
    }
}
