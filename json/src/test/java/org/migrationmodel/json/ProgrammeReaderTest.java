package org.migrationmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableMap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.programme.ProgrammeCountry;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.Agency;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.Severity;
import org.migrationmodel.validation.StandardRule;
import org.migrationmodel.validation.ValidationReport;
import org.migrationmodel.validation.Validator;

class ProgrammeReaderTest {
  private static final ProgrammeReader STRICT = ProgrammeJson.reader();
  private static final ProgrammeReader LENIENT =
      ProgrammeReader.builder().mode(ReadMode.LENIENT).build();

  @Test
  void aCompleteDocumentReadsAsTheProgrammeItDescribes() {
    ReadResult result = STRICT.read(Samples.maliDocument());

    assertThat(result.report().findings()).isEmpty();
    assertThat(result.isValid()).isTrue();
    assertThat(result.programme()).contains(Samples.maliProgramme());
    assertThat(result.recordNumber()).isEqualTo(1);
    assertThat(result.line()).isEqualTo(1);
  }

  @Test
  void decimalsKeepTheirScale() {
    Programme programme = STRICT.read(Samples.maliDocument()).programme().orElseThrow();

    assertThat(programme.budget().orElseThrow().total().scale()).isEqualTo(2);
    assertThat(programme.budget().orElseThrow().allocations().get(1).share().scale()).isZero();
  }

  @Test
  void streamsAndFilesReadLikeText(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("programme.json");
    Files.writeString(file, Samples.maliDocument());

    assertThat(STRICT.read(file).programme()).contains(Samples.maliProgramme());
    assertThat(
            STRICT
                .read(
                    new ByteArrayInputStream(
                        Samples.maliDocument().getBytes(StandardCharsets.UTF_8)))
                .programme())
        .contains(Samples.maliProgramme());
  }

  @Test
  void everyProblemOfADocumentIsReportedAtOnceWithItsPointerLineAndColumn() {
    String json =
        """
        {"modelVersion":"1.0","id":"P-1","title":"T",
         "classification":{"primaryActivity":"BORDER_MANAGMENT",
           "themes":["POLICY_COHERENCE", 7]},
         "partners":["IOM", null],
         "colour":"blue"}""";

    ReadResult result = STRICT.read(json);

    assertThat(result.report().findings())
        .extracting(Finding::ruleId, f -> f.location().path(), f -> f.line().getAsInt())
        .containsExactly(
            tuple("unknown-code", "/classification/primaryActivity", 2),
            tuple("wrong-type", "/classification/themes/1", 3),
            tuple("unknown-member", "/colour", 5),
            tuple("null-value", "/partners/1", 4));
    // The programme is still built, without the values that could not be read.
    Programme programme = result.programme().orElseThrow();
    assertThat(programme.classification().primaryActivity()).isEmpty();
    assertThat(programme.partners()).containsExactly(Agency.IOM);
    assertThat(result.isValid()).isFalse();
  }

  @Test
  void anUnknownCodeIsReportedWithTheClosestCodesAsSuggestions() {
    String json =
        Samples.minimalDocument().replace("\"BORDER_MANAGEMENT\"", "\"COUNTER_TRAFICKING\"");

    Finding finding = STRICT.read(json).report().findings().get(0);

    assertThat(finding.ruleId()).isEqualTo("unknown-code");
    assertThat(finding.location().path()).isEqualTo("/classification/primaryActivity");
    assertThat(finding.suggestions()).first().isEqualTo("COUNTER_TRAFFICKING");
    assertThat(finding.message()).contains("did you mean COUNTER_TRAFFICKING");
    assertThat(finding.line()).hasValue(1);
    assertThat(finding.column()).hasValue(json.indexOf("\"COUNTER_TRAFICKING\"") + 1);
  }

  @Test
  void aStrictReaderReportsALooselySpeltCodeButKeepsItsTerm() {
    String json =
        Samples.minimalDocument().replace("\"BORDER_MANAGEMENT\"", "\"border-management\"");

    ReadResult strict = STRICT.read(json);
    ReadResult lenient = LENIENT.read(json);

    assertThat(strict.report().findings())
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.ruleId()).isEqualTo("unknown-code");
              assertThat(finding.suggestions()).containsExactly("BORDER_MANAGEMENT");
            });
    assertThat(strict.programme().orElseThrow().classification().primaryActivity())
        .contains(Activity.BORDER_MANAGEMENT);
    assertThat(lenient.report().findings()).isEmpty();
    assertThat(lenient.programme()).contains(Samples.minimalProgramme());
  }

  @Test
  void aLenientReaderKeepsEachUnknownMemberOnTheObjectThatHeldIt() {
    String json =
        "{\"modelVersion\":\"1.0\",\"legacy\":{\"code\":[1,2.50]},\"id\":\"P-1\",\"title\":\"T\","
            + "\"countries\":[{\"code\":\"ML\",\"role\":\"ORIGIN\",\"note\":\"x\"}],"
            + "\"classification\":{\"primaryActivity\":\"BORDER_MANAGEMENT\",\"a/b\":true}}";

    ReadResult result = LENIENT.read(json);

    assertThat(result.report().findings()).isEmpty();
    Programme programme = result.programme().orElseThrow();
    assertThat(programme.unknownMembers()).containsExactly(entry("legacy", "{\"code\":[1,2.50]}"));
    assertThat(programme.countries().get(0).unknownMembers())
        .containsExactly(entry("note", "\"x\""));
    assertThat(programme.classification().unknownMembers()).containsExactly(entry("a/b", "true"));
  }

  @Test
  void unknownMembersOfALeftOutElementAreLeftOutWithItAndLaterOnesStayOnTheirElement() {
    String json =
        "{\"modelVersion\":\"1.0\",\"id\":\"P-1\",\"title\":\"T\","
            + "\"countries\":[{\"code\":\"ML\",\"note\":\"dropped\"},"
            + "{\"code\":\"NE\",\"role\":\"TRANSIT\",\"note\":\"kept\"}],"
            + "\"classification\":{}}";

    ReadResult result = LENIENT.read(json);

    assertThat(result.report().findings())
        .extracting(Finding::ruleId, f -> f.location().path())
        .containsExactly(tuple("missing-member", "/countries/0/role"));
    assertThat(result.programme().orElseThrow().countries())
        .extracting(ProgrammeCountry::code, ProgrammeCountry::unknownMembers)
        .containsExactly(tuple("NE", ImmutableMap.of("note", "\"kept\"")));
  }

  @Test
  void aLenientReaderTakesNullForAnAbsentOptionalMemberButNotForARequiredOne() {
    String json =
        "{\"modelVersion\":\"1.0\",\"id\":\"P-1\",\"title\":null,\"description\":null,"
            + "\"classification\":{\"primaryActivity\":\"BORDER_MANAGEMENT\"}}";

    assertThat(LENIENT.read(json).report().findings())
        .extracting(Finding::ruleId, f -> f.location().path())
        .containsExactly(tuple("null-value", "/title"));
    assertThat(STRICT.read(json).report().findings())
        .extracting(f -> f.location().path())
        .containsExactly("/description", "/title");
  }

  @Test
  void aRepeatedMemberIsReportedAndTheFirstValueKept() {
    String json = Samples.minimalDocument().replace("\"title\":", "\"id\":\"P-2\",\"title\":");

    ReadResult result = STRICT.read(json);

    assertThat(result.report().findings())
        .extracting(Finding::ruleId, f -> f.location().path())
        .containsExactly(tuple("duplicate-member", "/id"));
    assertThat(result.programme().orElseThrow().id()).isEqualTo("P-1");
  }

  @Test
  void missingRequiredMembersAreReportedAndNoProgrammeIsBuiltWithoutThem() {
    ReadResult result = STRICT.read("{\"modelVersion\":\"1.0\",\"title\":\"T\"}");

    assertThat(result.report().findings())
        .extracting(Finding::ruleId, f -> f.location().path())
        .containsExactly(
            tuple("missing-member", "/classification"), tuple("missing-member", "/id"));
    assertThat(result.programme()).isEmpty();
  }

  @Test
  void aDocumentOfAFutureMajorVersionIsRefusedWithOnlyThatFinding() {
    String json = "{\"id\":7,\"modelVersion\":\"2.0\",\"title\":\"T\",\"shape\":\"new\"}";

    ReadResult result = STRICT.read(json);

    assertThat(result.programme()).isEmpty();
    assertThat(result.report().findings())
        .singleElement()
        .satisfies(
            finding -> {
              assertThat(finding.ruleId()).isEqualTo("unsupported-model-version");
              assertThat(finding.location().path()).isEqualTo("/modelVersion");
              assertThat(finding.message()).contains("\"2.0\"").contains("1.x");
            });
  }

  @Test
  void aLaterMinorVersionIsReadAndAMalformedVersionReported() {
    assertThat(STRICT.read(Samples.minimalDocument().replace("1.0", "1.7")).isValid()).isTrue();
    assertThat(STRICT.read(Samples.minimalDocument().replace("\"1.0\"", "\"v1\"")).report())
        .extracting(report -> report.findings().get(0).ruleId())
        .isEqualTo("invalid-value");
    assertThat(STRICT.read(Samples.minimalDocument().replace("\"1.0\"", "1.0")).report())
        .extracting(report -> report.findings().get(0).ruleId())
        .isEqualTo("wrong-type");
  }

  @Test
  void aDocumentWhoseModelVersionCannotBeReadGivesNoProgramme() {
    for (String version : new String[] {"\"v1\"", "1.0", "\"1.\""}) {
      ReadResult result = STRICT.read(Samples.minimalDocument().replace("\"1.0\"", version));

      assertThat(result.report().findings())
          .as(version)
          .extracting(f -> f.location().path())
          .containsExactly("/modelVersion");
      assertThat(result.programme()).as(version).isEmpty();
    }
  }

  @Test
  void versionZeroIsAnUnsupportedMajorVersionNotAMalformedOne() {
    ReadResult result = STRICT.read(Samples.minimalDocument().replace("\"1.0\"", "\"0.5\""));

    assertThat(result.report().findings())
        .extracting(Finding::ruleId, f -> f.location().path())
        .containsExactly(tuple("unsupported-model-version", "/modelVersion"));
  }

  @Test
  void aNullMessageSaysWhetherTheMemberMayBeLeftOut() {
    String json =
        "{\"modelVersion\":\"1.0\",\"id\":\"P-1\",\"title\":null,\"description\":null,"
            + "\"classification\":{}}";

    assertThat(STRICT.read(json).report().findings())
        .extracting(f -> f.location().path(), Finding::message)
        .containsExactly(
            tuple("/description", "description is null; give it a value or leave the member out."),
            tuple("/title", "title is null; give it a value."));
  }

  @Test
  void aRepeatedOrUnknownMemberWhoseValueIsAnObjectIsPassedOverWhole() {
    // Were the objects not skipped, their inner members would be read as the programme's own.
    String json =
        "{\"modelVersion\":\"1.0\",\"id\":\"P-1\",\"title\":\"T\",\"classification\":{},"
            + "\"classification\":{\"id\":\"Q\"},\"legacy\":{\"title\":\"U\"}}";

    ReadResult result = STRICT.read(json);

    assertThat(result.report().findings())
        .extracting(Finding::ruleId, f -> f.location().path())
        .containsExactly(
            tuple("duplicate-member", "/classification"), tuple("unknown-member", "/legacy"));
    assertThat(result.programme().orElseThrow())
        .extracting(Programme::id, Programme::title)
        .containsExactly("P-1", "T");
  }

  @Test
  void messagesNameTheExpectedCodeTheValueFoundAndTheMembersThereAre() {
    String json =
        "{\"modelVersion\":\"1.0\",\"id\":\"P-1\",\"title\":\"T\",\"colour\":1,"
            + "\"classification\":{\"themes\":[7,[]]}}";

    assertThat(STRICT.read(json).report().findings())
        .extracting(f -> f.location().path(), Finding::message)
        .containsExactly(
            tuple(
                "/classification/themes/0",
                "Expected a theme code, as a string but found the number 7."),
            tuple(
                "/classification/themes/1",
                "Expected a theme code, as a string but found an array."),
            tuple(
                "/colour",
                "The programme has no member \"colour\"; its members are modelVersion, id, title,"
                    + " description, period, countries, classification, budget, partners. Remove"
                    + " it, or read the document leniently to keep it."));
  }

  @Test
  void exponentsUpToAThousandEitherWayAreRead() {
    String json =
        "{\"modelVersion\":\"1.0\",\"id\":\"P-1\",\"title\":\"T\",\"classification\":{},"
            + "\"budget\":{\"currency\":\"USD\",\"total\":1e-1000,"
            + "\"allocations\":[{\"activity\":\"RESETTLEMENT\",\"share\":1e-1001}]}}";

    ReadResult result = STRICT.read(json);

    assertThat(result.report().findings())
        .extracting(Finding::ruleId, f -> f.location().path())
        .containsExactly(tuple("invalid-value", "/budget/allocations/0/share"));
    assertThat(result.programme().orElseThrow().budget().orElseThrow().total())
        .isEqualTo(new BigDecimal("1e-1000"));
  }

  @Test
  void yearZeroIsADateAndALetterInTheYearIsNot() {
    String json =
        "{\"modelVersion\":\"1.0\",\"id\":\"P-1\",\"title\":\"T\",\"classification\":{},"
            + "\"period\":{\"start\":\"0000-01-01\",\"end\":\"0001-01-01\"}}";

    assertThat(STRICT.read(json).programme().orElseThrow().period().orElseThrow().start())
        .isEqualTo(LocalDate.of(0, 1, 1));
    assertThat(STRICT.read(json.replace("0001-01-01", "20x6-01-01")).report().findings())
        .extracting(Finding::ruleId, f -> f.location().path())
        .containsExactly(tuple("invalid-value", "/period/end"));
  }

  @Test
  void unknownMembersKeptBeforeALeftOutElementStayKept() {
    String json =
        "{\"modelVersion\":\"1.0\",\"id\":\"P-1\",\"title\":\"T\",\"legacy\":1,"
            + "\"countries\":[{\"code\":\"ML\",\"note\":\"dropped\"}],\"classification\":{}}";

    assertThat(LENIENT.read(json).programme().orElseThrow().unknownMembers())
        .isEqualTo(ImmutableMap.of("legacy", "1"));
  }

  @Test
  void aRepeatedUnknownMemberIsReportedAndItsFirstValueKept() {
    String json =
        "{\"modelVersion\":\"1.0\",\"id\":\"P-1\",\"title\":\"T\",\"legacy\":1,"
            + "\"legacy\":{\"id\":\"Q\"},\"classification\":{}}";

    ReadResult result = LENIENT.read(json);

    assertThat(result.report().findings())
        .extracting(Finding::ruleId, f -> f.location().path())
        .containsExactly(tuple("duplicate-member", "/legacy"));
    assertThat(result.programme().orElseThrow())
        .extracting(Programme::id, Programme::unknownMembers)
        .containsExactly("P-1", ImmutableMap.of("legacy", "1"));
  }

  @Test
  void invalidDatesAndHugeExponentsAreInvalidValues() {
    String json =
        "{\"modelVersion\":\"1.0\",\"id\":\"P-1\",\"title\":\"T\","
            + "\"period\":{\"start\":\"2026-02-30\",\"end\":\"2026-1-31\"},"
            + "\"classification\":{},"
            + "\"budget\":{\"currency\":\"USD\",\"total\":1e999999999,"
            + "\"allocations\":[{\"activity\":\"RESETTLEMENT\",\"share\":1e99999999999}]}}";

    ReadResult result = STRICT.read(json);

    assertThat(result.report().findings())
        .extracting(Finding::ruleId, f -> f.location().path())
        .containsExactly(
            tuple("invalid-value", "/budget/allocations/0/share"),
            tuple("invalid-value", "/budget/total"),
            tuple("invalid-value", "/period/end"),
            tuple("invalid-value", "/period/start"));
    assertThat(result.programme().orElseThrow().period()).isEmpty();
    assertThat(result.programme().orElseThrow().budget()).isEmpty();
  }

  @Test
  void withAValidatorReadingAndValidationGiveOneReport() {
    ProgrammeReader reader = ProgrammeReader.builder().validator(Validator.standard()).build();
    String json =
        Samples.minimalDocument()
            .replace("\"title\":\"Border management\"", "\"title\":\" \"")
            .replace("{\"primaryActivity\"", "{\"extra\":1,\"primaryActivity\"");

    ValidationReport report = reader.read(json).report();

    assertThat(report.findings())
        .extracting(Finding::ruleId, f -> f.location().path())
        .containsExactly(
            tuple("unknown-member", "/classification/extra"), tuple("title-required", "/title"));
    assertThat(report.count(Severity.ERROR)).isEqualTo(2);
  }

  @Test
  void anUnknownCodeIsReportedOnceNotAgainByTheRuleItsAbsenceBreaks() {
    ProgrammeReader reader = ProgrammeReader.builder().validator(Validator.standard()).build();
    String json =
        Samples.minimalDocument()
            .replace("\"BORDER_MANAGEMENT\"", "\"BORDER_MANAGEMNT\"")
            .replace("\"title\":\"Border management\"", "\"title\":\" \"");

    ValidationReport report = reader.read(json).report();

    // Without the reading finding's value, primary-activity-required would also fire there.
    assertThat(report.findings())
        .extracting(Finding::ruleId, f -> f.location().path())
        .containsExactlyInAnyOrder(
            tuple("unknown-code", "/classification/primaryActivity"),
            tuple("title-required", "/title"));
  }

  @Test
  void anUnknownPrimaryActivityIsNotAlsoReportedAsAnAllocationToAnUnlistedActivity() {
    ProgrammeReader reader = ProgrammeReader.builder().validator(Validator.standard()).build();
    String json =
        withBudget(
            Samples.minimalDocument().replace("\"BORDER_MANAGEMENT\"", "\"BORDER_MANAGEMNT\""),
            "{\"activity\":\"BORDER_MANAGEMENT\",\"share\":100}");

    ValidationReport report = reader.read(json).report();

    // Without the primary activity that could not be read, the allocation to the activity meant
    // would seem to go to one the classification does not list.
    assertThat(report.findings())
        .extracting(Finding::ruleId, f -> f.location().path())
        .containsExactly(tuple("unknown-code", "/classification/primaryActivity"));
  }

  @Test
  void anAllocationThatCouldNotBeReadLeavesTheSumOfTheOthersUnjudged() {
    ProgrammeReader reader = ProgrammeReader.builder().validator(Validator.standard()).build();
    String json =
        withBudget(
            Samples.minimalDocument(),
            "{\"activity\":\"BORDER_MANAGEMENT\",\"share\":60},"
                + "{\"activity\":\"NOT_A_CODE\",\"share\":40}");

    ValidationReport report = reader.read(json).report();

    assertThat(report.findings())
        .extracting(Finding::ruleId, f -> f.location().path())
        .containsExactly(tuple("unknown-code", "/budget/allocations/1/activity"));
  }

  @Test
  void anUnknownMemberHidesNoFindingOfTheValuesAroundIt() {
    ProgrammeReader reader = ProgrammeReader.builder().validator(Validator.standard()).build();
    String json =
        withBudget(
            Samples.minimalDocument(),
            "{\"activity\":\"BORDER_MANAGEMENT\",\"share\":60,\"note\":\"x\"}");

    ValidationReport report = reader.read(json).report();

    assertThat(report.findings())
        .extracting(Finding::ruleId, f -> f.location().path())
        .containsExactly(
            tuple(StandardRule.ALLOCATION_SUM.id(), "/budget/allocations"),
            tuple("unknown-member", "/budget/allocations/0/note"));
  }

  @Test
  void aRuleThatJudgesEachValueAloneStillReportsBesideAValueThatCouldNotBeRead() {
    ProgrammeReader reader = ProgrammeReader.builder().validator(Validator.standard()).build();
    String json =
        Samples.minimalDocument()
            .replace(
                "\"classification\"",
                "\"partners\":[\"NOT_A_CODE\",\"IOM\",\"IOM\"],\"classification\"");

    ValidationReport report = reader.read(json).report();

    assertThat(report.findings())
        .extracting(Finding::ruleId, f -> f.location().path())
        .containsExactly(
            tuple("unknown-code", "/partners/0"),
            tuple(StandardRule.DUPLICATE_ENTRY.id(), "/partners/2"));
  }

  /** Each member a standard rule depends on is a member of a document that uses every member. */
  @Test
  void everyMemberARuleDependsOnIsAMemberOfTheDocument() throws Exception {
    JsonNode everyMember = new ObjectMapper().readTree(Samples.maliDocument());
    for (StandardRule rule : StandardRule.values()) {
      for (String member : rule.dependsOn()) {
        assertThat(everyMember.at(member).isMissingNode()).as(rule.id() + " " + member).isFalse();
      }
    }
  }

  private static String withBudget(String document, String allocations) {
    return document.substring(0, document.length() - 1)
        + ",\"budget\":{\"currency\":\"USD\",\"total\":1000,\"allocations\":["
        + allocations
        + "]}}";
  }
}
