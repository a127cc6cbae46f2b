package org.migrationmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path directory;

  @Test
  void aTextGivesRankedActivitiesWithTheirEvidence() {
    CliRun run =
        CliRun.of(
            "suggest",
            "--top",
            "2",
            "--text",
            "Shelters and legal aid for victims of trafficking; traffickers are prosecuted.");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("--text #1 [en]")
        .contains("1. COUNTER_TRAFFICKING")
        .contains("victims of trafficking")
        .doesNotContain("3. ");
  }

  @Test
  void jsonGivesEachRecordsSuggestionsInRankOrderAndMarksAContradictedClassification()
      throws Exception {
    Path file = directory.resolve("records.ndjson");
    Files.writeString(
        file,
        """
        {"id":"a","title":"Lutte contre la traite des êtres humains","description":"Identification des victimes de la traite et poursuite des trafiquants.","classification":{"primaryActivity":"WORKERS_AND_PROFESSIONALS"}}
        {"title":"Remesas más baratas","description":"Reducir el costo de las remesas y el envío de dinero a las familias.","lang":"es"}
        """,
        StandardCharsets.UTF_8);

    CliRun run = CliRun.of("suggest", "--format", "json", file.toString());

    assertThat(run.exitCode()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(2);
    JsonNode first = MAPPER.readTree(lines.get(0));
    assertThat(first.get("id").asText()).isEqualTo("a");
    assertThat(first.get("lang").asText()).isEqualTo("fr");
    assertThat(first.get("languageRead").asBoolean()).isTrue();
    assertThat(first.get("aboutMigration").asBoolean()).isTrue();
    assertThat(first.get("disagrees").asBoolean()).isTrue();
    assertThat(first.get("suggestions").get(0).get("activity").asText())
        .isEqualTo("COUNTER_TRAFFICKING");
    assertThat(first.get("suggestions").get(0).get("evidence").toString()).contains("traite");
    double previous = Double.MAX_VALUE;
    for (JsonNode suggestion : first.get("suggestions")) {
      assertThat(suggestion.get("confidence").asDouble()).isBetween(0.0, previous);
      previous = suggestion.get("confidence").asDouble();
    }
    JsonNode second = MAPPER.readTree(lines.get(1));
    assertThat(second.get("record").asInt()).isEqualTo(2);
    assertThat(second.has("disagrees")).isFalse();
    assertThat(second.get("suggestions").get(0).get("activity").asText())
        .isEqualTo("REMITTANCES_AND_MONEY_TRANSFERS");
  }

  @Test
  void aJsonArrayIsReadRecordByRecordAndAContradictionIsMarkedInText() throws Exception {
    Path file = directory.resolve("programmes.json");
    Files.writeString(
        file,
        """
        [{"title":"Out-of-country voting for the referendum","description":"Voter registration and polling stations abroad.","classification":{"primaryActivity":"ELECTIONS_AND_REFERENDA"}},
         {"title":"Out-of-country voting for the referendum","description":"Voter registration and polling stations abroad.","classification":{"primaryActivity":"MICRO_CREDIT_SCHEMES"}}]
        """,
        StandardCharsets.UTF_8);

    CliRun run = CliRun.of("suggest", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains(" #1 ").contains(" #2 ");
    assertThat(run.out().lines().filter(line -> line.contains("DISAGREES")))
        .containsExactly(
            "  DISAGREES: filed under MICRO_CREDIT_SCHEMES, which is not among the first 3");
  }

  @Test
  void aRecordWithoutTitleIsSkippedAndTheRestStillPrintedThenExitTwo() throws Exception {
    Path file = directory.resolve("mixed.ndjson");
    Files.writeString(
        file,
        """
        {"description":"no title here"}
        {"title":"Border management","description":"Border guards at crossing points."}
        """,
        StandardCharsets.UTF_8);

    CliRun run =
        CliRun.of("suggest", file.toString(), directory.resolve("missing.json").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("mixed.ndjson:1: record 1: The record needs a text \"title\"");
    assertThat(run.err()).contains("missing.json");
    assertThat(run.out()).contains("1. BORDER_MANAGEMENT");
  }

  @Test
  void aBrokenFirstLineIsNamedWithItsLineAndTheOthersAreSuggestedForThenExitOne() throws Exception {
    Path file = directory.resolve("texts.json");
    Files.writeString(
        file,
        """
        {"title": "x"}}
        {"title":"Border management","description":"Border guards at crossing points."}
        {"title":"Remesas más baratas","lang":"es"}
        """,
        StandardCharsets.UTF_8);

    CliRun run = CliRun.of("suggest", "--format", "json", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines().map(line -> line.replaceAll(".*\"record\":(\\d+).*", "$1")))
        .containsExactly("2", "3");
    assertThat(run.err())
        .startsWith("migration-model: " + file + ":1: record 1 could not be read: json-syntax: ")
        .contains("suggestions for 2 records; 1 could not be read.");
  }

  @Test
  void aTextNotAboutMigrationSaysSoAndGetsNoSuggestion() throws Exception {
    String text = "Midwives are trained and rural health centres receive delivery kits.";

    CliRun json = CliRun.of("suggest", "--format", "json", "--text", text);
    CliRun plain = CliRun.of("suggest", "--text", text);

    JsonNode record = MAPPER.readTree(json.out());
    assertThat(record.get("aboutMigration").asBoolean()).isFalse();
    assertThat(record.get("confident").asBoolean()).isFalse();
    assertThat(record.get("suggestions")).isEmpty();
    assertThat(record.get("crossCuttingActivities")).isEmpty();
    assertThat(plain.out().lines())
        .containsExactly("--text #1 [en]", "  about migration: no; nothing suggested");
  }

  @Test
  void aTextInALanguageTheSuggesterDoesNotReadIsNamedAndNotRead() throws Exception {
    String text = "Het project ondersteunt de terugkeer van migranten naar hun land van herkomst.";

    JsonNode record =
        MAPPER.readTree(CliRun.of("suggest", "--format", "json", "--text", text).out());
    CliRun plain = CliRun.of("suggest", "--text", text);

    assertThat(record.get("lang").asText()).isEqualTo("nl");
    assertThat(record.get("languageRead").asBoolean()).isFalse();
    assertThat(record.get("aboutMigration").asBoolean()).isFalse();
    assertThat(record.get("suggestions")).isEmpty();
    assertThat(plain.out())
        .startsWith("--text #1 [nl]")
        .contains("not read: the text is in nl, not in en, fr or es; nothing suggested");
  }

  @Test
  void anUnknownLanguageIsAUsageError() {
    CliRun run = CliRun.of("suggest", "--lang", "de", "--text", "Grenzschutz");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown language 'de'");
  }

  @Test
  void textAndFilesTogetherAreAUsageError() {
    assertThat(CliRun.of("suggest", "--text", "visa", "file.json").exitCode()).isEqualTo(2);
  }
}
