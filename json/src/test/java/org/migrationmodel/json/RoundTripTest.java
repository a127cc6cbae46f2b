package org.migrationmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationmodel.fixtures.ProgrammeGenerator;
import org.migrationmodel.fixtures.SampleProgrammes;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.validation.Validator;

/** Writing and reading back loses nothing, over the sample and hundreds of generated programmes. */
class RoundTripTest {
  private static final ProgrammeWriter WRITER = ProgrammeJson.writer();
  private static final ProgrammeReader STRICT =
      ProgrammeReader.builder().validator(Validator.standard()).build();
  private static final ProgrammeReader LENIENT =
      ProgrammeReader.builder().mode(ReadMode.LENIENT).build();
  private static final ObjectMapper TREES =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  private static Programme generated(long seed) {
    return new ProgrammeGenerator(seed).next();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aGeneratedProgrammeReadsBackEqualAndValidAndWritesTheSameText(long seed) {
    Programme programme = generated(seed);
    String json = WRITER.write(programme);

    ReadResult read = STRICT.read(json);

    assertThat(read.report().findings()).isEmpty();
    assertThat(read.programme()).contains(programme);
    assertThat(WRITER.write(read.programme().orElseThrow())).isEqualTo(json);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void indentedTextReadsBackEqualToo(long seed) {
    Programme programme = generated(seed);
    String json = WRITER.indented().write(programme);

    assertThat(STRICT.read(json).programme()).contains(programme);
    assertThat(WRITER.indented().write(STRICT.read(json).programme().orElseThrow()))
        .isEqualTo(json);
  }

  @Test
  void everySampleProgrammeReadsBackEqual() {
    for (Programme programme : SampleProgrammes.all()) {
      ReadResult read = STRICT.read(WRITER.write(programme));

      assertThat(read.programme()).as(programme.id()).contains(programme);
    }
  }

  @Test
  void aGeneratedSequenceReadsBackEqualAsAJsonArrayAndAsNdjson() {
    ProgrammeGenerator generator = new ProgrammeGenerator(42);
    List<Programme> programmes = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      programmes.add(generator.next());
    }

    for (BulkFormat format : BulkFormat.values()) {
      BatchResult batch = STRICT.readAll(WRITER.writeAll(programmes, format), format);

      assertThat(batch.programmes()).as("%s", format).isEqualTo(programmes);
      assertThat(batch.summary())
          .isEqualTo(new BulkSummary(200, 200, 0, 0, true, OptionalInt.empty(), 0));
    }
  }

  /**
   * A generated document with unknown members of every JSON shape added to its objects: a lenient
   * round trip keeps them all, in place.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aLenientRoundTripKeepsUnknownMembersInPlace(long seed) throws IOException {
    ObjectNode document = (ObjectNode) TREES.readTree(WRITER.write(generated(seed)));
    addUnknownMembers(document, new SplittableRandom(seed));
    String input = TREES.writeValueAsString(document);

    ReadResult read = LENIENT.read(input);
    String written = WRITER.write(read.programme().orElseThrow());

    assertThat(read.report().findings()).isEmpty();
    assertThat(UnknownMembersOf.count(read.programme().orElseThrow())).isPositive();
    assertThat(TREES.readTree(written)).isEqualTo(document);
    assertThat(LENIENT.read(written).programme()).isEqualTo(read.programme());
    assertThat(WRITER.write(LENIENT.read(written).programme().orElseThrow())).isEqualTo(written);
  }

  private static final ImmutableList<String> UNKNOWN_VALUES =
      ImmutableList.of(
          "\"legacy\"",
          "\"caf\\u00e9 \\\"quoted\\\" \\n\"",
          "12.50",
          "-0.001E+5",
          "123456789012345678901234567890",
          "true",
          "{\"nested\":[1,{\"deep\":[null,false]}],\"empty\":{}}",
          "[]");

  private static void addUnknownMembers(ObjectNode document, SplittableRandom random)
      throws IOException {
    List<ObjectNode> objects = new ArrayList<>();
    collectObjects(document, objects);
    int added = 1 + random.nextInt(4);
    for (int i = 0; i < added; i++) {
      ObjectNode object = objects.get(random.nextInt(objects.size()));
      String value = UNKNOWN_VALUES.get(random.nextInt(UNKNOWN_VALUES.size()));
      object.set("x-extra/" + i, TREES.readTree(value));
    }
  }

  private static void collectObjects(JsonNode node, List<ObjectNode> objects) {
    if (node instanceof ObjectNode object) {
      objects.add(object);
      object.elements().forEachRemaining(child -> collectObjects(child, objects));
    } else if (node instanceof ArrayNode array) {
      array.elements().forEachRemaining(child -> collectObjects(child, objects));
    }
  }
}
