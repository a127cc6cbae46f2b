package org.migrationmodel.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * One finding as both the library read in one process and the job report it, to compare them record
 * for record; the file is its name alone, as the one names a file as given and the job by its URI.
 */
record FindingRow(
    String fileName,
    long line,
    String recordId,
    int finding,
    String ruleId,
    String severity,
    String pointer,
    Integer findingLine,
    Integer findingColumn,
    String message) {

  /** The rows of a findings table, ordered by file name, line and place in the record. */
  static List<FindingRow> of(List<Row> table) {
    List<FindingRow> rows = new ArrayList<>();
    for (Row row : table) {
      rows.add(
          new FindingRow(
              fileName(row.getString(row.fieldIndex("file"))),
              row.getLong(row.fieldIndex("line")),
              row.getString(row.fieldIndex("record_id")),
              row.getInt(row.fieldIndex("finding")),
              row.getString(row.fieldIndex("rule_id")),
              row.getString(row.fieldIndex("severity")),
              row.getString(row.fieldIndex("pointer")),
              optionalInt(row, "finding_line"),
              optionalInt(row, "finding_column"),
              row.getString(row.fieldIndex("message"))));
    }
    rows.sort(
        Comparator.<FindingRow, String>comparing(FindingRow::fileName)
            .thenComparingLong(FindingRow::line)
            .thenComparingInt(FindingRow::finding));
    return rows;
  }

  /** The last segment of a path or URI. */
  static String fileName(String file) {
    return file.substring(file.lastIndexOf('/') + 1);
  }

  private static Integer optionalInt(Row row, String column) {
    int index = row.fieldIndex(column);
    return row.isNullAt(index) ? null : row.getInt(index);
  }
}
