package org.migrationmodel.spark;

import com.google.common.collect.Iterators;
import com.google.common.collect.PeekingIterator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalInt;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.migrationmodel.json.BulkFormat;
import org.migrationmodel.json.ProgrammeReader;
import org.migrationmodel.json.ReadResult;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.report.RootCausesFirst;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.Severity;
import org.migrationmodel.validation.ValidatorProblem;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Reads and validates the lines of one partition with the executor's shared reader, block by block
 * as the command-line tool reads an NDJSON file, giving one outcome row per record (blank lines are
 * none). The reader, and the validator inside it, come from a broadcast variable: Spark
 * deserializes it once per executor and every task there uses that one instance, which is safe
 * because both are immutable and thread-safe.
 */
final class LineValidator implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  static final String LINE = "line";
  static final String RECORD_ID = "record_id";
  static final String VALID = "valid";
  static final String ERRORS = "errors";
  static final String WARNINGS = "warnings";
  static final String NOTES = "notes";
  static final String RULE_FAILURES = "rule_failures";
  static final String UNREADABLE = "unreadable";
  static final String FINDINGS = "findings";

  static final StructType FINDING =
      new StructType()
          .add("rule_id", DataTypes.StringType, false)
          .add("severity", DataTypes.StringType, false)
          .add("pointer", DataTypes.StringType, false)
          .add("line", DataTypes.IntegerType, true)
          .add("column", DataTypes.IntegerType, true)
          .add("message", DataTypes.StringType, false);

  /** One record's outcome. The record id is kept only for records with findings. */
  static final StructType OUTCOME =
      new StructType()
          .add(RecordLines.FILE, DataTypes.StringType, false)
          .add(LINE, DataTypes.LongType, false)
          .add(RECORD_ID, DataTypes.StringType, true)
          .add(VALID, DataTypes.BooleanType, false)
          .add(ERRORS, DataTypes.LongType, false)
          .add(WARNINGS, DataTypes.LongType, false)
          .add(NOTES, DataTypes.LongType, false)
          .add(RULE_FAILURES, DataTypes.LongType, false)
          .add(UNREADABLE, DataTypes.BooleanType, false)
          .add(FINDINGS, DataTypes.createArrayType(FINDING, false), false);

  private final Broadcast<ProgrammeReader> sharedReader;
  private final Broadcast<BlockStarts> blockStarts;

  LineValidator(Broadcast<ProgrammeReader> sharedReader, Broadcast<BlockStarts> blockStarts) {
    this.sharedReader = sharedReader;
    this.blockStarts = blockStarts;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> partition) {
    ProgrammeReader reader = sharedReader.value();
    BlockStarts starts = blockStarts.value();
    PeekingIterator<Row> lines = Iterators.peekingIterator(partition);
    return new Iterator<>() {
      private String file;
      private Iterator<ReadResult> records;

      @Override
      public boolean hasNext() {
        // A partition may hold several blocks, one after the other; each is read on its own. The
        // record stream reads from memory and holds nothing to close.
        while (records == null || !records.hasNext()) {
          if (!lines.hasNext()) {
            return false;
          }
          Row first = lines.peek();
          BlockInput block =
              new BlockInput(lines, starts.firstLine(first.getString(0), first.getLong(1)));
          file = block.file();
          records = reader.records(block, BulkFormat.NDJSON).iterator();
        }
        return true;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return outcome(file, records.next());
      }
    };
  }

  private static Row outcome(String file, ReadResult record) {
    List<Row> findings = new ArrayList<>();
    long ruleFailures = 0;
    for (Finding finding : RootCausesFirst.of(record.report())) {
      findings.add(
          RowFactory.create(
              finding.ruleId(),
              finding.severity().name(),
              finding.location().path(),
              orNull(finding.line()),
              orNull(finding.column()),
              finding.message()));
      if (finding.ruleId().equals(ValidatorProblem.RULE_FAILURE.id())) {
        ruleFailures++;
      }
    }
    String recordId =
        findings.isEmpty() ? null : record.programme().map(Programme::id).orElse(null);
    return RowFactory.create(
        file,
        (long) record.line(),
        recordId,
        record.isValid(),
        (long) record.report().count(Severity.ERROR),
        (long) record.report().count(Severity.WARNING),
        (long) record.report().count(Severity.INFO),
        ruleFailures,
        record.programme().isEmpty(),
        // Spark's row encoder takes a Scala sequence for an array column, not a Java list.
        CollectionConverters.asScala(findings));
  }

  private static Integer orNull(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }
}
