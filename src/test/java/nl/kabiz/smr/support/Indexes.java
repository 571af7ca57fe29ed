package nl.kabiz.smr.support;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The indexes of a table as the database reports them (JDBC metadata), on H2 (names in upper case) and PostgreSQL
 * (lower case) alike: names and columns in lower case.
 */
public final class Indexes {

    private Indexes() {
    }

    /** Index name → its columns. */
    public static Map<String, Set<String>> byName(DataSource dataSource, String table) throws SQLException {
        Map<String, Set<String>> columnsByIndex = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (String name : List.of(table.toLowerCase(Locale.ROOT), table.toUpperCase(Locale.ROOT))) {
                try (ResultSet rs = meta.getIndexInfo(null, null, name, false, false)) {
                    while (rs.next()) {
                        String index = rs.getString("INDEX_NAME");
                        String column = rs.getString("COLUMN_NAME");
                        if (index != null && column != null) {
                            columnsByIndex.computeIfAbsent(index.toLowerCase(Locale.ROOT), i -> new HashSet<>())
                                    .add(column.toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        return columnsByIndex;
    }

    /** Every column that is in some index of the table. */
    public static Set<String> columns(DataSource dataSource, String table) throws SQLException {
        return byName(dataSource, table).values().stream().flatMap(Set::stream).collect(Collectors.toSet());
    }
}
