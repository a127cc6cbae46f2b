package org.migrationmodel.iati;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.migrationmodel.programme.Programme;

/** Exports and imports in memory, for tests. */
final class Iati {
  static final Clock FIXED = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);
  static final IatiExporter IOM = IatiExporter.of(ReportingOrganisation.iom()).withClock(FIXED);

  private Iati() {}

  static byte[] export(List<Programme> programmes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      IOM.exportAll(programmes, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The activities of a file and its summary. */
  record Imported(List<ImportedActivity> activities, ImportSummary summary) {}

  static Imported read(byte[] document) {
    return read(IatiImporter.standard(), document);
  }

  static Imported read(IatiImporter importer, byte[] document) {
    List<ImportedActivity> activities = new ArrayList<>();
    try {
      ImportSummary summary = importer.read(new ByteArrayInputStream(document), activities::add);
      return new Imported(activities, summary);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Imported read(String document) {
    return read(document.getBytes(StandardCharsets.UTF_8));
  }

  /** A {@code budget} element: its BudgetType, BudgetStatus, period and value. */
  static String budget(String type, String status, String start, String end, String value) {
    return "<budget type=\""
        + type
        + "\" status=\""
        + status
        + "\"><period-start iso-date=\""
        + start
        + "\"/><period-end iso-date=\""
        + end
        + "\"/><value value-date=\""
        + start
        + "\">"
        + value
        + "</value></budget>";
  }
}
