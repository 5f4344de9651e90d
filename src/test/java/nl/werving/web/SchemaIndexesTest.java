package nl.werving.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every foreign key has an index whose leading columns are the key's columns. PostgreSQL, unlike H2, does not make one
 * by itself, and without it each cascade of a purged candidate reads the whole referencing table. On PostgreSQL the
 * schema is read from {@code pg_catalog} (partial and not yet valid indexes do not count); on H2 from
 * {@code INFORMATION_SCHEMA}, where H2's own indexes make it pass.
 */
@QuarkusTest
class SchemaIndexesTest {

    private static final String POSTGRESQL_FOREIGN_KEYS = """
            select t.relname, c.conname, a.attname, k.ord
            from pg_constraint c
            join pg_class t on t.oid = c.conrelid
            join pg_namespace n on n.oid = t.relnamespace
            cross join unnest(c.conkey) with ordinality k(attnum, ord)
            join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum
            where c.contype = 'f' and n.nspname = ?""";

    /** Key columns of usable indexes; an expression column has no name and so covers nothing. */
    private static final String POSTGRESQL_INDEXES = """
            select t.relname, i.relname, a.attname, k.ord
            from pg_index x
            join pg_class t on t.oid = x.indrelid
            join pg_class i on i.oid = x.indexrelid
            join pg_namespace n on n.oid = t.relnamespace
            cross join unnest(x.indkey::int2[]) with ordinality k(attnum, ord)
            left join pg_attribute a on a.attrelid = x.indrelid and a.attnum = k.attnum
            where n.nspname = ? and x.indisvalid and x.indpred is null and k.ord <= x.indnkeyatts""";

    private static final String H2_FOREIGN_KEYS = """
            select k.table_name, k.constraint_name, k.column_name, k.ordinal_position
            from information_schema.table_constraints c
            join information_schema.key_column_usage k
                on k.constraint_schema = c.constraint_schema and k.constraint_name = c.constraint_name
            where c.constraint_type = 'FOREIGN KEY' and c.constraint_schema = ?""";

    private static final String H2_INDEXES = """
            select table_name, index_name, column_name, ordinal_position
            from information_schema.index_columns
            where index_schema = ?""";

    /** A foreign key or an index: its table and its columns in order. */
    private record Columns(String table, List<String> columns) {

        /** Whether this index's first columns are exactly the key's columns, in any order. */
        boolean covers(Columns key) {
            return table.equals(key.table) && columns.size() >= key.columns.size()
                    && new HashSet<>(columns.subList(0, key.columns.size())).equals(new HashSet<>(key.columns));
        }
    }

    @Inject
    DataSource dataSource;

    @Test
    void everyForeignKeyHasAnIndexThatStartsWithItsColumns() throws SQLException {
        Map<String, Columns> foreignKeys;
        Map<String, Columns> indexes;
        try (Connection connection = dataSource.getConnection()) {
            boolean postgresql = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql");
            foreignKeys = read(connection, postgresql ? POSTGRESQL_FOREIGN_KEYS : H2_FOREIGN_KEYS);
            indexes = read(connection, postgresql ? POSTGRESQL_INDEXES : H2_INDEXES);
        }
        assertTrue(foreignKeys.containsKey("candidate_token.fk_candidate_token_candidate"), "the catalog lists the foreign keys: "
                + foreignKeys.keySet());
        assertEquals(List.of("sched_name", "job_name", "job_group"), foreignKeys.get("qrtz_triggers.fk_qrtz_triggers_job").columns(),
                "Quartz's tables are checked too, keys of several columns whole");

        List<String> uncovered = new ArrayList<>();
        foreignKeys.forEach((name, key) -> {
            if (indexes.values().stream().noneMatch(index -> index.covers(key))) {
                uncovered.add(name + " " + key.columns());
            }
        });
        assertEquals(List.of(), uncovered, "foreign keys without an index starting with their columns");
    }

    /** Rows of (table, constraint or index, column, position) as columns in position order, by {@code table.name}. */
    private static Map<String, Columns> read(Connection connection, String sql) throws SQLException {
        Map<String, Columns> byName = new TreeMap<>();
        Map<String, Map<Integer, String>> positions = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, connection.getSchema());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String table = rs.getString(1).toLowerCase(Locale.ROOT);
                    String name = rs.getString(2).toLowerCase(Locale.ROOT);
                    String column = rs.getString(3);
                    positions.computeIfAbsent(table + "." + name, k -> new TreeMap<>())
                            .put(rs.getInt(4), column == null ? "(expression)" : column.toLowerCase(Locale.ROOT));
                }
            }
        }
        positions.forEach((tableAndName, columns) -> byName.put(tableAndName,
                new Columns(tableAndName.substring(0, tableAndName.indexOf('.')), List.copyOf(columns.values()))));
        return byName;
    }
}
