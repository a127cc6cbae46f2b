package org.migrationmodel.json;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.migrationmodel.json.internal.ArrayRecords;
import org.migrationmodel.json.internal.Decoded;
import org.migrationmodel.json.internal.DetectedRecords;
import org.migrationmodel.json.internal.DocumentReader;
import org.migrationmodel.json.internal.JsonFactories;
import org.migrationmodel.json.internal.NdjsonRecords;
import org.migrationmodel.json.internal.ReaderBounds;
import org.migrationmodel.json.internal.RecordReading;
import org.migrationmodel.json.internal.RecordSource;
import org.migrationmodel.json.internal.SourcePositions;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.StandardRule;
import org.migrationmodel.validation.ValidationReport;
import org.migrationmodel.validation.Validator;

/**
 * Reads programme documents, one at a time or in bulk, and reports every problem in them as a
 * finding with its JSON Pointer, line and column, instead of failing at the first. With a {@link
 * Validator}, reading and validating give one report. Bad input never makes it throw: only a
 * failure to read the input escapes, as an {@link IOException} (or {@link UncheckedIOException}
 * while iterating a {@link RecordStream}).
 *
 * <pre>{@code
 * ProgrammeReader reader = ProgrammeReader.builder().validator(Validator.standard()).build();
 * ReadResult result = reader.read(Path.of("programme.json"));
 * result.report().findings().forEach(System.out::println);
 * }</pre>
 *
 * <p>Readers are safe for untrusted input by default, with limits set on their own Jackson factory
 * and never through Jackson's process-wide defaults: {@link ReadLimits#standard()} (nesting depth
 * 64, strings of 1 MiB, numbers of 64 characters, member names of 256 characters, and documents of
 * 16 MiB, for JSON arrays and NDJSON each record), or the {@link Builder#limits(ReadLimits) limits}
 * given. A record also keeps at most 1,000 findings and, when read leniently, 1,000 unknown
 * members. Input beyond a limit is reported as {@code limit-exceeded}. The finding ids are those of
 * {@link JsonProblem}; {@code docs/json-format.md} describes the format.
 *
 * <p>Readers are immutable, thread-safe and serializable: share one, or ship it to workers.
 */
public final class ProgrammeReader implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How strictly the reader treats unknown members and codes. */
  private final ReadMode mode;

  /** The size limits the reader enforces on its input. */
  private final ReaderBounds bounds;

  // Null when the reader does not validate; Optional is not serializable.
  /** The validator applied to each programme read, or null when the reader does not validate. */
  private final Validator validator;

  /** How many threads decode and validate the records of a bulk input; 1 for the caller's own. */
  private final int threads;

  /** How programme records are read; rebuilt, with its JSON factory, when deserialized. */
  private final transient RecordReading<Programme> programmes;

  /** How records are read as JSON trees, with the same factory and limits. */
  private final transient RecordReading<JsonNode> trees;

  private ProgrammeReader(ReadMode mode, ReaderBounds bounds, Validator validator, int threads) {
    this.mode = mode;
    this.bounds = bounds;
    this.validator = validator;
    this.threads = threads;
    JsonFactory factory = JsonFactories.forReading(bounds);
    // Where each value lies serves only to point a validator's findings back into the document.
    this.programmes =
        RecordReading.programmes(factory, mode == ReadMode.LENIENT, bounds, validator != null);
    this.trees = RecordReading.trees(factory, bounds);
  }

  /**
   * A builder that starts from a strict reader with the default limits and no validator.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder that starts from this reader's settings.
   *
   * @return a new builder, never null
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.mode = mode;
    builder.validator = validator;
    builder.limits = limits();
    builder.threads = threads;
    return builder;
  }

  /**
   * The bounds the reader keeps to.
   *
   * @return the limits, never null
   */
  public ReadLimits limits() {
    return ReadLimits.of(bounds);
  }

  /**
   * How many threads decode and validate the records of a bulk input.
   *
   * @return at least 1; 1 when records are read on the caller's thread alone
   */
  public int threads() {
    return threads;
  }

  /**
   * The reader's mode.
   *
   * @return strict or lenient, never null
   */
  public ReadMode mode() {
    return mode;
  }

  /**
   * Reads one programme document from text, as {@link #read(InputStream)} reads its UTF-8 form: a
   * byte-order mark at the start is passed over, and a surrogate that is not part of a pair is
   * reported. Columns and the document length count bytes of that form.
   *
   * @param json the document; not null
   * @return the result, never null
   */
  public ReadResult read(String json) {
    return result(DocumentReader.read(checkNotNull(json, "json"), programmes), 1);
  }

  /**
   * Reads one programme document from a stream of UTF-8. A UTF-8 byte-order mark at the start is
   * passed over; any other encoding, and bytes or escapes that are not UTF-8 text, are reported as
   * {@code json-syntax}. The stream is read to its end, since nothing may follow the document (and
   * when it is longer than the document length limit, as far as the limit), and left open.
   *
   * @param in the stream; not null
   * @return the result, never null
   * @throws IOException when reading the stream fails
   */
  public ReadResult read(InputStream in) throws IOException {
    return result(DocumentReader.read(checkNotNull(in, "in"), programmes), 1);
  }

  /**
   * Reads one programme document from a file, as {@link #read(InputStream)} does.
   *
   * @param path the file; not null
   * @return the result, never null
   * @throws IOException when the file cannot be read
   */
  public ReadResult read(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return read(in);
    }
  }

  /**
   * Reads the records of a JSON array or NDJSON stream one at a time, as they are asked for. The
   * stream is left open when the record stream is closed.
   *
   * @param in the stream, UTF-8; not null
   * @param format how the records are put together; not null
   * @return the records, never null; close it when done
   */
  public RecordStream<ReadResult> records(InputStream in, BulkFormat format) {
    return new RecordStream<>(
        source(checkNotNull(in, "in"), format, programmes), null, results(), threads);
  }

  /**
   * Reads the records of an input whose layout is told from the input itself, whatever its first
   * record holds. After a UTF-8 byte-order mark and white space of any length:
   *
   * <ol>
   *   <li>a first character {@code [} makes it a JSON array;
   *   <li>a first line that holds a whole object makes it NDJSON;
   *   <li>anything else is read as one document; but when that document breaks off (malformed JSON,
   *       bytes that are not UTF-8, a limit) and a later line starts with <code>{</code> in its
   *       first column, the input is NDJSON whose first line is broken, and it is read again from
   *       the start as NDJSON, each line a record.
   * </ol>
   *
   * <p>A single document is held in memory while it is read, up to the document length limit, so
   * that it can be read again; beyond the limit nothing is held. Where reading stops with text left
   * unread (in a JSON array after malformed JSON, or after a document that breaks off or is
   * followed by more), the summary gives the line and how many lines of text were not read. The
   * stream is left open when the record stream is closed.
   *
   * @param in the stream, UTF-8; not null
   * @return the records, never null; close it when done
   */
  public RecordStream<ReadResult> records(InputStream in) {
    return new RecordStream<>(
        new DetectedRecords<>(checkNotNull(in, "in"), programmes), null, results(), threads);
  }

  /**
   * Reads the records of a file whose layout is told from its name and, failing that, from its
   * content: a name ending in {@code .ndjson} or {@code .jsonl} (in any case) makes it NDJSON;
   * otherwise the content is looked at as {@link #records(InputStream)} does.
   *
   * @param path the file, UTF-8; not null
   * @return the records, never null; close it to close the file
   * @throws IOException when the file cannot be opened
   */
  public RecordStream<ReadResult> records(Path path) throws IOException {
    InputStream in = Files.newInputStream(path);
    return new RecordStream<>(detected(path, in, programmes), in, results(), threads);
  }

  /**
   * Reads the records of a JSON array or NDJSON file one at a time, as they are asked for.
   *
   * @param path the file, UTF-8; not null
   * @param format how the records are put together; not null
   * @return the records, never null; close it to close the file
   * @throws IOException when the file cannot be opened
   */
  public RecordStream<ReadResult> records(Path path, BulkFormat format) throws IOException {
    InputStream in = Files.newInputStream(path);
    return new RecordStream<>(source(in, format, programmes), in, results(), threads);
  }

  /**
   * Reads the records of an input as JSON trees, for records that are not (or not only) programme
   * documents, such as texts to classify: split into records, limited, and accounted for as {@link
   * #records(InputStream)} reads programmes, layout included. The reader's mode and validator play
   * no part. The stream is left open when the record stream is closed.
   *
   * @param in the stream, UTF-8; not null
   * @return the records, never null; close it when done
   */
  public RecordStream<JsonRecord> jsonRecords(InputStream in) {
    return new RecordStream<>(
        new DetectedRecords<>(checkNotNull(in, "in"), trees), null, JsonRecord.RESULTS, threads);
  }

  /**
   * Reads the records of a file as JSON trees, its layout told as {@link #records(Path)} tells it.
   *
   * @param path the file, UTF-8; not null
   * @return the records, never null; close it to close the file
   * @throws IOException when the file cannot be opened
   */
  public RecordStream<JsonRecord> jsonRecords(Path path) throws IOException {
    InputStream in = Files.newInputStream(path);
    return new RecordStream<>(detected(path, in, trees), in, JsonRecord.RESULTS, threads);
  }

  /**
   * Reads every record of a JSON array or NDJSON text.
   *
   * @param text the records; not null
   * @param format how the records are put together; not null
   * @return the records, programmes and one report, never null
   */
  public BatchResult readAll(String text, BulkFormat format) {
    try {
      return readAll(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads every record of a JSON array or NDJSON stream, which is left open.
   *
   * @param in the stream, UTF-8; not null
   * @param format how the records are put together; not null
   * @return the records, programmes and one report, never null
   * @throws IOException when reading the stream fails
   */
  public BatchResult readAll(InputStream in, BulkFormat format) throws IOException {
    try (RecordStream<ReadResult> records = records(in, format)) {
      return collect(records);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Reads every record of a JSON array or NDJSON file.
   *
   * @param path the file, UTF-8; not null
   * @param format how the records are put together; not null
   * @return the records, programmes and one report, never null
   * @throws IOException when the file cannot be read
   */
  public BatchResult readAll(Path path, BulkFormat format) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return readAll(in, format);
    }
  }

  private static BatchResult collect(RecordStream<ReadResult> records) {
    List<ReadResult> results = new ArrayList<>();
    records.forEach(results::add);
    return new BatchResult(results, records.summary());
  }

  private static <T> RecordSource<T> source(
      InputStream in, BulkFormat format, RecordReading<T> reading) {
    return switch (checkNotNull(format, "format")) {
      case JSON_ARRAY -> new ArrayRecords<>(in, reading);
      case NDJSON -> new NdjsonRecords<>(in, reading);
    };
  }

  private static <T> RecordSource<T> detected(Path path, InputStream in, RecordReading<T> reading) {
    Path name = path.getFileName();
    String lowerCase = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    return lowerCase.endsWith(".ndjson") || lowerCase.endsWith(".jsonl")
        ? new NdjsonRecords<>(in, reading)
        : new DetectedRecords<>(in, reading);
  }

  /** What a record stream makes of each programme record, and counts of it. */
  private RecordStream.Results<Programme, ReadResult> results() {
    return new RecordStream.Results<>() {
      @Override
      public ReadResult of(Decoded<Programme> decoded, int recordNumber) {
        return result(decoded, recordNumber);
      }

      @Override
      public boolean isValid(ReadResult result) {
        return result.isValid();
      }

      @Override
      public boolean isReadable(ReadResult result) {
        return result.programme().isPresent();
      }
    };
  }

  private ReadResult result(Decoded<Programme> decoded, int recordNumber) {
    ValidationReport report =
        decoded.findings().isEmpty()
            ? ValidationReport.empty()
            : ValidationReport.of(decoded.findings());
    if (validator != null && decoded.value() != null) {
      ValidationReport validation = inDocument(validator.validate(decoded.value()), decoded);
      report =
          report.findings().isEmpty()
              ? validation
              : report.plus(withoutConsequences(validation, decoded.findings()));
    }
    return new ReadResult(decoded.value(), report, recordNumber, decoded.line());
  }

  /**
   * The validator's findings less those that follow from a value that could not be read, which was
   * left out of the programme: a finding at or below that value, and a finding of a standard rule
   * that {@linkplain StandardRule#dependsOn() depends on} that value or on a value holding it (an
   * unknown primary activity leaves the programme without one, so an allocation to a real activity
   * would seem to go to an activity the classification does not list). An unknown member leaves
   * nothing of the programme out.
   */
  private static ValidationReport withoutConsequences(
      ValidationReport validation, List<Finding> reading) {
    List<String> unread =
        reading.stream()
            .filter(cause -> !cause.ruleId().equals(JsonProblem.UNKNOWN_MEMBER.id()))
            .map(f -> f.location().path())
            .toList();
    return ValidationReport.of(
        validation.findings().stream()
            .filter(finding -> unread.stream().noneMatch(value -> followsFrom(finding, value)))
            .collect(ImmutableList.toImmutableList()));
  }

  private static boolean followsFrom(Finding finding, String unreadValue) {
    return isAtOrBelow(finding.location().path(), unreadValue)
        || StandardRule.forId(finding.ruleId()).stream()
            .flatMap(rule -> rule.dependsOn().stream())
            .anyMatch(
                member -> isAtOrBelow(unreadValue, member) || isAtOrBelow(member, unreadValue));
  }

  private static boolean isAtOrBelow(String pointer, String ancestor) {
    return pointer.equals(ancestor) || pointer.startsWith(ancestor + "/");
  }

  /**
   * The validator's findings, which point into the programme, pointed into the document it was read
   * from: an element left out of a list moves the later ones up in the programme, not in the
   * document.
   */
  private static ValidationReport inDocument(
      ValidationReport validation, Decoded<Programme> decoded) {
    if (validation.findings().isEmpty()) {
      return validation;
    }
    SourcePositions positions = decoded.positions().get();
    return ValidationReport.of(
        validation.findings().stream()
            .map(finding -> positions.locate(finding, decoded.line()))
            .collect(ImmutableList.toImmutableList()));
  }

  /**
   * Rebuilds the reader, with its JSON factory, which is not kept in the serialized form.
   *
   * @return a reader equal to the one serialized
   */
  private Object readResolve() {
    return new ProgrammeReader(mode, bounds, validator, threads);
  }

  /** Configures a {@link ProgrammeReader}. Not thread-safe; the reader it builds is. */
  public static final class Builder {
    private ReadMode mode = ReadMode.STRICT;
    private Validator validator;
    private ReadLimits limits = ReadLimits.standard();
    private int threads = 1;

    private Builder() {}

    /**
     * Sets how strictly to read; strict by default.
     *
     * @param mode the mode; not null
     * @return this builder
     */
    public Builder mode(ReadMode mode) {
      this.mode = checkNotNull(mode, "mode");
      return this;
    }

    /**
     * Validates every programme read, adding the validator's findings to the reading findings. A
     * validation finding that follows from a value that could not be read is left out: one at or
     * below that value's JSON Pointer, and one of a standard rule that {@linkplain
     * StandardRule#dependsOn() depends on} the value. An unknown primary activity gives {@code
     * unknown-code}, not also {@code primary-activity-required}, nor {@code
     * allocation-unlisted-activity} for an allocation to the activity meant.
     *
     * @param validator the validator, such as {@link Validator#standard()}; not null
     * @return this builder
     */
    public Builder validator(Validator validator) {
      this.validator = checkNotNull(validator, "validator");
      return this;
    }

    /**
     * Sets the bounds the reader keeps to; {@link ReadLimits#standard()} by default.
     *
     * @param limits the limits; not null
     * @return this builder
     */
    public Builder limits(ReadLimits limits) {
      this.limits = checkNotNull(limits, "limits");
      return this;
    }

    /**
     * Sets how many threads decode and validate the records of a bulk input ({@link
     * #records(Path)}, {@link #readAll(Path, BulkFormat)} and the other bulk methods); 1, the
     * caller's thread alone, by default. With more, each {@link RecordStream} starts that many
     * worker threads of its own, which decode and validate its records a bounded window ahead of
     * the caller (at most 4 batches a thread, each of at most 128 records or 1 MiB of input, or one
     * longer record) while the caller's thread takes them from the input; results come in input
     * order, and are the same as on one thread. The records of NDJSON are decoded on the workers;
     * those of a JSON array or a single document, which one parser must read in turn, are decoded
     * on the caller's thread and validated on the workers. The workers stop when the stream is
     * closed or read to its end. A reader that several threads share, such as a service's, is
     * better left at 1.
     *
     * @param threads the number of threads, at least 1, such as {@code
     *     Runtime.getRuntime().availableProcessors()}
     * @return this builder
     * @throws IllegalArgumentException when {@code threads} is below 1
     */
    public Builder threads(int threads) {
      checkArgument(threads >= 1, "threads must be at least 1, was %s", threads);
      this.threads = threads;
      return this;
    }

    /**
     * Builds the reader.
     *
     * @return a new reader, never null
     */
    public ProgrammeReader build() {
      return new ProgrammeReader(mode, limits.bounds(), validator, threads);
    }
  }
}
