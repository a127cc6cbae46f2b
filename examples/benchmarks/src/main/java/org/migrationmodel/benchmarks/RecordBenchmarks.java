package org.migrationmodel.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.migrationmodel.json.MigrationModelModule;
import org.migrationmodel.json.ProgrammeReader;
import org.migrationmodel.json.ReadMode;
import org.migrationmodel.json.ReadResult;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.validation.ValidationReport;
import org.migrationmodel.validation.Validator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One operation is one record of the corpus, taken in turn: its bytes, or for {@link
 * #validationAlone} the programme already built from them. Every reader and validator is built once
 * and shared, as an application would share them.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class RecordBenchmarks {
  private static final String SCHEMA_RESOURCE = "/META-INF/migration-model/programme.schema.json";

  private static final JsonFactory TOKENS = new JsonFactory();
  private static final ObjectReader TREE = new ObjectMapper().reader();
  private static final ObjectReader DATABIND =
      new ObjectMapper().registerModule(new MigrationModelModule()).readerFor(Programme.class);
  private static final ProgrammeReader STRICT = ProgrammeReader.builder().build();
  private static final Validator VALIDATOR = Validator.standard();
  private static final ProgrammeReader STRICT_VALIDATING =
      ProgrammeReader.builder().validator(VALIDATOR).build();
  private static final ProgrammeReader LENIENT_VALIDATING =
      ProgrammeReader.builder().mode(ReadMode.LENIENT).validator(VALIDATOR).build();
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaText());
  // Format assertions on, so that the schema checks dates as strictly as the reader does.
  private static final Consumer<ExecutionContext> FORMATS =
      context -> context.executionConfig(config -> config.formatAssertionsEnabled(true));

  /**
   * 0. Jackson's token stream alone, as {@link TokenPass} reads a file: {@code nextToken()} to the
   * end and each value's text, over one record in memory. Any reader built on Jackson's streaming
   * parser does at least this much; it bounds what such a reader can reach.
   */
  @Benchmark
  public TokenPass.Counts jacksonTokens(CorpusState state, Position position) throws IOException {
    try (JsonParser parser =
        TOKENS.createParser(state.corpus.record(position.advance(state.corpus)))) {
      return TokenPass.pass(parser);
    }
  }

  /** 1. The floor: Jackson parses the record to a tree and nothing more. */
  @Benchmark
  public JsonNode jacksonTree(CorpusState state, Position position) throws IOException {
    return TREE.readTree(state.corpus.record(position.advance(state.corpus)));
  }

  /** 2. Jackson databind, through this library's module, into a programme; no validation. */
  @Benchmark
  public Programme jacksonDatabind(CorpusState state, Position position) throws IOException {
    return DATABIND.readValue(state.corpus.record(position.advance(state.corpus)));
  }

  /** 3. This library: a strict read that also applies the standard validator. */
  @Benchmark
  public ReadResult strictReadAndValidate(CorpusState state, Position position) throws IOException {
    return STRICT_VALIDATING.read(input(state, position));
  }

  /** 3 read leniently: unknown members kept, codes matched loosely. */
  @Benchmark
  public ReadResult lenientReadAndValidate(CorpusState state, Position position)
      throws IOException {
    return LENIENT_VALIDATING.read(input(state, position));
  }

  /** 3 without its validation: what reading alone costs, to tell the two apart. */
  @Benchmark
  public ReadResult strictRead(CorpusState state, Position position) throws IOException {
    return STRICT.read(input(state, position));
  }

  /** 4. A generic JSON Schema check: parse to a tree, then check it against the schema. */
  @Benchmark
  public List<Error> networkntSchema(CorpusState state, Position position) throws IOException {
    JsonNode tree = TREE.readTree(state.corpus.record(position.advance(state.corpus)));
    return SCHEMA.validate(tree, FORMATS);
  }

  /** 5. The standard validator alone, on programmes already built. */
  @Benchmark
  public ValidationReport validationAlone(CorpusState state, Position position) {
    return VALIDATOR.validate(state.corpus.programme(position.advance(state.corpus)));
  }

  private static InputStream input(CorpusState state, Position position) {
    return new ByteArrayInputStream(state.corpus.record(position.advance(state.corpus)));
  }

  private static String schemaText() {
    try (InputStream in = RecordBenchmarks.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
