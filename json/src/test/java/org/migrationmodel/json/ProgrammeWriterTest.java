package org.migrationmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Iterables;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationmodel.MigrationModelException;
import org.migrationmodel.programme.Allocation;
import org.migrationmodel.programme.Budget;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;

class ProgrammeWriterTest {
  private static final ProgrammeWriter WRITER = ProgrammeJson.writer();
  private static final ProgrammeReader LENIENT =
      ProgrammeReader.builder().mode(ReadMode.LENIENT).build();

  @Test
  void aMinimalProgrammeIsWrittenWithItsVersionAndNoEmptyMembers() {
    assertThat(WRITER.write(Samples.minimalProgramme())).isEqualTo(Samples.minimalDocument());
  }

  @Test
  void membersComeInTheFormatsOrder() {
    String json = WRITER.write(Samples.maliProgramme());

    assertThat(json)
        .containsSubsequence(
            "\"modelVersion\":\"1.0\"",
            "\"id\"",
            "\"title\"",
            "\"description\"",
            "\"period\":{\"start\":\"2026-01-01\",\"end\":\"2028-12-31\"}",
            "\"countries\":[{\"code\":\"ML\",\"role\":\"RETURN\"}",
            "\"classification\":{\"primaryActivity\"",
            "\"targetGroups\"",
            "\"budget\":{\"currency\":\"USD\",\"total\":12500000.00,",
            "{\"activity\":\"STRANDED_MIGRANTS\",\"share\":25}",
            "\"partners\":[\"IOM\",\"UNODC\",\"OHCHR\"]");
  }

  @Test
  void decimalsAreWrittenWithTheirScaleAndReadBackEqual() {
    Programme programme =
        Programme.builder()
            .from(Samples.minimalProgramme())
            .budget(Budget.builder().currency("EUR").total(new BigDecimal("1E+7")).build())
            .build();

    String json = WRITER.write(programme);

    assertThat(json).contains("\"total\":1E+7");
    assertThat(ProgrammeJson.reader().read(json).programme()).contains(programme);
  }

  @Test
  void anIndentingWriterIndentsByTwoSpacesWithLineFeeds() {
    String json = WRITER.indented().write(Samples.minimalProgramme());

    assertThat(json)
        .isEqualTo(
            """
            {
              "modelVersion": "1.0",
              "id": "P-1",
              "title": "Border management",
              "classification": {
                "primaryActivity": "BORDER_MANAGEMENT"
              }
            }""");
  }

  @Test
  void unknownMembersReadLenientlyGoBackInTheirObjects() {
    String json =
        "{\"modelVersion\":\"1.0\",\"legacy\":{\"code\":[1,2.50]},\"id\":\"P-1\",\"title\":\"T\","
            + "\"countries\":[{\"code\":\"ML\",\"role\":\"ORIGIN\",\"note\":\"x\"}],"
            + "\"classification\":{\"a/b\":true,\"primaryActivity\":\"BORDER_MANAGEMENT\"},"
            + "\"budget\":{\"currency\":\"USD\",\"total\":5,\"allocations\":["
            + "{\"activity\":\"BORDER_MANAGEMENT\",\"share\":100,\"basis\":\"plan\"}]}}";
    Programme programme = LENIENT.read(json).programme().orElseThrow();

    String written = WRITER.write(programme);

    assertThat(written)
        .isEqualTo(
            "{\"modelVersion\":\"1.0\",\"id\":\"P-1\",\"title\":\"T\","
                + "\"countries\":[{\"code\":\"ML\",\"role\":\"ORIGIN\",\"note\":\"x\"}],"
                + "\"classification\":{\"primaryActivity\":\"BORDER_MANAGEMENT\",\"a/b\":true},"
                + "\"budget\":{\"currency\":\"USD\",\"total\":5,\"allocations\":["
                + "{\"activity\":\"BORDER_MANAGEMENT\",\"share\":100,\"basis\":\"plan\"}]},"
                + "\"legacy\":{\"code\":[1,2.50]}}");
    assertThat(LENIENT.read(written).programme()).contains(programme);
  }

  @Test
  void anUnknownMemberThatCannotBeWrittenIsRefusedBeforeAnythingIsWritten() {
    Programme knownName =
        Programme.builder()
            .from(Samples.minimalProgramme())
            .classification(
                Classification.builder()
                    .from(Samples.minimalProgramme().classification())
                    .putUnknownMembers("themes", "[]")
                    .build())
            .build();
    Programme notJson =
        Programme.builder()
            .from(Samples.minimalProgramme())
            .putUnknownMembers("note", "{\"open\":")
            .build();
    Programme twoValues =
        Programme.builder()
            .from(Samples.minimalProgramme())
            .putUnknownMembers("note", "1 2")
            .build();
    Programme mali = Samples.maliProgramme();
    Budget budget = mali.budget().orElseThrow();
    // The last allocation's known member name, deep in the document, after much is written.
    Programme knownNameOnTheLastAllocation =
        Programme.builder()
            .from(mali)
            .budget(
                Budget.builder()
                    .from(budget)
                    .allocations(
                        ImmutableList.<Allocation>builder()
                            .addAll(
                                budget.allocations().subList(0, budget.allocations().size() - 1))
                            .add(
                                Allocation.builder()
                                    .from(Iterables.getLast(budget.allocations()))
                                    .putUnknownMembers("share", "1")
                                    .build())
                            .build())
                    .build())
            .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    for (Programme programme :
        ImmutableList.of(knownName, notJson, twoValues, knownNameOnTheLastAllocation)) {
      assertThatThrownBy(() -> WRITER.write(programme, out))
          .isExactlyInstanceOf(MigrationModelException.class);
    }
    assertThat(out.size()).isZero();
  }

  @Test
  void ndjsonPutsEachProgrammeOnItsOwnLineEvenWhenIndenting() {
    ImmutableList<Programme> programmes =
        ImmutableList.of(Samples.minimalProgramme(), Samples.maliProgramme());

    String ndjson = WRITER.indented().writeAll(programmes, BulkFormat.NDJSON);

    assertThat(ndjson.lines())
        .containsExactly(
            WRITER.write(Samples.minimalProgramme()), WRITER.write(Samples.maliProgramme()));
    assertThat(ndjson).endsWith("}\n");
  }

  @Test
  void aJsonArrayReadsBackAsTheSameProgrammes(@TempDir Path directory) throws IOException {
    ImmutableList<Programme> programmes =
        ImmutableList.of(Samples.minimalProgramme(), Samples.maliProgramme());
    Path file = directory.resolve("programmes.json");

    WRITER.indented().writeAll(programmes, BulkFormat.JSON_ARRAY, file);

    assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("[\n  {\n");
    assertThat(ProgrammeJson.reader().readAll(file, BulkFormat.JSON_ARRAY).programmes())
        .isEqualTo(programmes);
  }

  @Test
  void aProgrammeWrittenToAFileIsTheDocumentAsText(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("programme.json");

    WRITER.write(Samples.maliProgramme(), file);

    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(WRITER.write(Samples.maliProgramme()));
  }

  @Test
  void aBulkWriteThatFailsPartWayLeavesItsArrayUnfinished() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThatThrownBy(
            () ->
                WRITER.writeAll(
                    Arrays.asList(Samples.minimalProgramme(), null), BulkFormat.JSON_ARRAY, out))
        .isInstanceOf(NullPointerException.class);

    String written = out.toString(StandardCharsets.UTF_8);
    assertThat(written).isEqualTo("[" + Samples.minimalDocument());
    // Read to its end, it is no shorter complete array: its end is a record in error.
    BatchResult read = ProgrammeJson.reader().readAll(written, BulkFormat.JSON_ARRAY);
    assertThat(read.summary()).isEqualTo(new BulkSummary(2, 1, 1, 1, true, OptionalInt.empty(), 0));
    assertThat(read.records().get(1).report().findings().get(0).message())
        .contains("The input ends before the JSON does");
  }

  @Test
  void anEmptyListOfProgrammesIsAnEmptyArrayAndAnEmptyNdjsonFile() {
    assertThat(WRITER.writeAll(ImmutableList.of(), BulkFormat.JSON_ARRAY)).isEqualTo("[]");
    assertThat(WRITER.writeAll(ImmutableList.of(), BulkFormat.NDJSON)).isEmpty();
  }
}
