package org.migrationmodel.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.migrationmodel.json.ProgrammeReader;
import org.migrationmodel.json.ReadResult;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.Severity;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Reads and validates the lines of one partition with the executor's shared reader, giving one
 * outcome row per line. The reader, and the validator inside it, come from a broadcast variable:
 * Spark deserializes it once per executor and every task there uses that one instance, which is
 * safe because both are immutable and thread-safe.
 */
final class LineValidator implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  static final String LINE_IN_BLOCK = "line_in_block";
  static final String PROGRAMME = "programme";
  static final String RECORD_ID = "record_id";
  static final String VALID = "valid";
  static final String ERRORS = "errors";
  static final String WARNINGS = "warnings";
  static final String FINDINGS = "findings";

  static final StructType FINDING =
      new StructType()
          .add("rule_id", DataTypes.StringType, false)
          .add("severity", DataTypes.StringType, false)
          .add("pointer", DataTypes.StringType, false)
          .add("column", DataTypes.IntegerType, true)
          .add("message", DataTypes.StringType, false);

  /**
   * One line's outcome. A blank line is no programme, as in the command-line tool, but still counts
   * for the numbering. The record id is kept only for records with findings.
   */
  static final StructType OUTCOME =
      new StructType()
          .add(RecordLines.FILE, DataTypes.StringType, false)
          .add(RecordLines.BLOCK_START, DataTypes.LongType, false)
          .add(LINE_IN_BLOCK, DataTypes.LongType, false)
          .add(PROGRAMME, DataTypes.BooleanType, false)
          .add(RECORD_ID, DataTypes.StringType, true)
          .add(VALID, DataTypes.BooleanType, false)
          .add(ERRORS, DataTypes.LongType, false)
          .add(WARNINGS, DataTypes.LongType, false)
          .add(FINDINGS, DataTypes.createArrayType(FINDING, false), false);

  private final Broadcast<ProgrammeReader> sharedReader;

  LineValidator(Broadcast<ProgrammeReader> sharedReader) {
    this.sharedReader = sharedReader;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> lines) {
    ProgrammeReader reader = sharedReader.value();
    return new Iterator<>() {
      private String file;
      private long blockStart = -1;
      private long lineInBlock;

      @Override
      public boolean hasNext() {
        return lines.hasNext();
      }

      @Override
      public Row next() {
        Row line = lines.next();
        String lineFile = line.getString(0);
        long lineBlock = line.getLong(1);
        // A partition may hold several blocks, one after the other; numbering restarts in each.
        if (lineBlock != blockStart || !Objects.equals(lineFile, file)) {
          file = lineFile;
          blockStart = lineBlock;
          lineInBlock = 0;
        }
        lineInBlock++;
        return outcome(reader, file, blockStart, lineInBlock, (byte[]) line.get(2));
      }
    };
  }

  private static Row outcome(
      ProgrammeReader reader, String file, long blockStart, long lineInBlock, byte[] bytes) {
    if (isBlank(bytes)) {
      return RowFactory.create(
          file, blockStart, lineInBlock, false, null, false, 0L, 0L, asScala(List.of()));
    }
    ReadResult record = read(reader, bytes);
    List<Row> findings = new ArrayList<>();
    for (Finding finding : record.report().findings()) {
      findings.add(
          RowFactory.create(
              finding.ruleId(),
              finding.severity().name(),
              finding.pointer(),
              finding.column().isPresent() ? finding.column().getAsInt() : null,
              finding.message()));
    }
    String recordId =
        findings.isEmpty() ? null : record.programme().map(Programme::id).orElse(null);
    return RowFactory.create(
        file,
        blockStart,
        lineInBlock,
        true,
        recordId,
        record.report().isValid(),
        (long) record.report().count(Severity.ERROR),
        (long) record.report().count(Severity.WARNING),
        asScala(findings));
  }

  // Spark's row encoder takes a Scala sequence for an array column, not a Java list.
  private static scala.collection.Seq<Row> asScala(List<Row> rows) {
    return CollectionConverters.asScala(rows);
  }

  private static ReadResult read(ProgrammeReader reader, byte[] bytes) {
    try {
      return reader.read(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      // The bytes are in memory: reading them cannot fail, and bad bytes become findings.
      throw new UncheckedIOException(e);
    }
  }

  /** Blank as the command-line tool's NDJSON reader sees it: spaces, tabs and carriage returns. */
  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
