package org.migrationmodel.json.internal;

import java.util.List;
import java.util.Map;
import org.migrationmodel.crosswalk.Crosswalk;
import org.migrationmodel.crosswalk.Framework;
import org.migrationmodel.crosswalk.Link;
import org.migrationmodel.taxonomy.Term;

/**
 * Writes a crosswalk as CSV: a header, then one row per link, then one row per term that falls
 * outside the GCM, whose {@code relation} is {@code OUTSIDE} and whose justification is the reason.
 */
public final class CrosswalkCsvWriter {
  private static final String OUTSIDE = "OUTSIDE";

  private CrosswalkCsvWriter() {}

  /** The crosswalk as CSV text. */
  public static String write(Crosswalk crosswalk) {
    StringBuilder csv =
        new StringBuilder(
            Csv.line(
                List.of(
                    "version",
                    "source_vocabulary",
                    "source_code",
                    "framework",
                    "target_code",
                    "target_title",
                    "relation",
                    "justification")));
    for (Link link : crosswalk.links()) {
      csv.append(
          Csv.line(
              List.of(
                  crosswalk.version(),
                  link.source().vocabulary().id(),
                  link.source().code(),
                  link.target().framework().id(),
                  link.target().code(),
                  link.target().title(),
                  link.strength().name(),
                  link.justification())));
    }
    for (Map.Entry<Term, String> outside : crosswalk.outsideGcmReasons().entrySet()) {
      csv.append(
          Csv.line(
              List.of(
                  crosswalk.version(),
                  outside.getKey().vocabulary().id(),
                  outside.getKey().code(),
                  Framework.GCM.id(),
                  "",
                  "",
                  OUTSIDE,
                  outside.getValue())));
    }
    return csv.toString();
  }
}
