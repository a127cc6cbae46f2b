package org.migrationmodel.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Row;

/** One finding as both the tool and the job report it, to compare them record for record. */
record FindingRow(
    long line,
    String recordId,
    int finding,
    String ruleId,
    String severity,
    String pointer,
    Integer column,
    String message) {

  /** The rows of a findings table, ordered by line and place in the record. */
  static List<FindingRow> of(List<Row> table) {
    List<FindingRow> rows = new ArrayList<>();
    for (Row row : table) {
      rows.add(
          new FindingRow(
              row.getLong(row.fieldIndex("line")),
              row.getString(row.fieldIndex("record_id")),
              row.getInt(row.fieldIndex("finding")),
              row.getString(row.fieldIndex("rule_id")),
              row.getString(row.fieldIndex("severity")),
              row.getString(row.fieldIndex("pointer")),
              row.isNullAt(row.fieldIndex("column")) ? null : row.getInt(row.fieldIndex("column")),
              row.getString(row.fieldIndex("message"))));
    }
    rows.sort(Comparator.comparingLong(FindingRow::line).thenComparingInt(FindingRow::finding));
    return rows;
  }
}
