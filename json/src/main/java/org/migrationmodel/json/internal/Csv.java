package org.migrationmodel.json.internal;

import java.util.List;
import java.util.stream.Collectors;

/** Lines of CSV as RFC 4180 has them, with {@code \n} line ends. */
final class Csv {
  private Csv() {}

  /** One line of fields, each quoted when it holds a comma, a quote or a line end. */
  static String line(List<String> fields) {
    return fields.stream().map(Csv::field).collect(Collectors.joining(",", "", "\n"));
  }

  private static String field(String value) {
    if (value.indexOf(',') < 0
        && value.indexOf('"') < 0
        && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
