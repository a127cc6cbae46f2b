package org.migrationmodel.suggester;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;
import org.migrationmodel.fixtures.SampleProgrammes;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.RuleDescription;
import org.migrationmodel.validation.Severity;
import org.migrationmodel.validation.ValidationReport;
import org.migrationmodel.validation.Validator;

class SuggesterRulesTest {
  private static final String RULE = SuggesterRules.PRIMARY_ACTIVITY_TEXT_MISMATCH.id();
  private final Validator validator =
      SuggesterRules.withConsistencyCheck(Validator.builder()).build();

  @Test
  void theStandardValidatorDoesNotCheckTextAgainstClassification() {
    assertThat(Validator.standard().rules()).extracting(RuleDescription::id).doesNotContain(RULE);
    assertThat(validator.rules()).extracting(RuleDescription::id).contains(RULE);
    assertThat(validator.rules())
        .filteredOn(rule -> rule.id().equals(RULE))
        .extracting(RuleDescription::severity)
        .containsExactly(Severity.WARNING);
  }

  @Test
  void aCounterTraffickingTextFiledAsLabourMigrationIsReportedWithWhatTheTextPointsTo() {
    Programme misfiled =
        withPrimary(SampleProgrammes.counterTrafficking(), Activity.WORKERS_AND_PROFESSIONALS);

    ValidationReport report = validator.validate(misfiled);

    Finding finding =
        report.findings().stream().filter(f -> f.ruleId().equals(RULE)).findFirst().orElseThrow();
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.location().path()).isEqualTo("/classification/primaryActivity");
    assertThat(finding.suggestions()).hasSizeLessThanOrEqualTo(3).contains("COUNTER_TRAFFICKING");
    assertThat(finding.message()).contains("WORKERS_AND_PROFESSIONALS", "COUNTER_TRAFFICKING");
  }

  @Test
  void noSampleProgrammeIsReported() {
    for (Programme programme : SampleProgrammes.all()) {
      assertThat(validator.validate(programme).findings())
          .as(programme.id())
          .extracting(Finding::ruleId)
          .doesNotContain(RULE);
    }
  }

  @Test
  void aTextTooVagueToBeConfidentIsNotReported() {
    Programme vague =
        Programme.builder()
            .from(SampleProgrammes.counterTrafficking())
            .title("Support programme")
            .description("Activities in three provinces over two years.")
            .classification(
                Classification.builder().primaryActivity(Activity.CLAIMS_AND_COMPENSATION).build())
            .build();

    assertThat(Suggester.standard().classify(vague).isConfident()).isFalse();
    assertThat(validator.validate(vague).findings())
        .extracting(Finding::ruleId)
        .doesNotContain(RULE);
  }

  @Test
  void aTextNotAboutMigrationIsNotReportedWhateverItIsFiledUnder() {
    Programme health =
        filedAsCompensation(
            "Maternal health in rural districts",
            "Midwives are trained, health centres receive delivery kits and solar power, and"
                + " outreach covers antenatal care, nutrition and family planning.");

    assertThat(Suggester.standard().classify(health).aboutMigration()).isFalse();
    assertThat(validator.validate(health).findings())
        .extracting(Finding::ruleId)
        .doesNotContain(RULE);
  }

  @Test
  void aTextInALanguageTheSuggesterDoesNotReadIsNotReported() {
    Programme swedish =
        filedAsCompensation(
            "Skydd för offer för människohandel",
            "Projektet stöder offer för människohandel och utbildar polis och åklagare i att"
                + " utreda brotten, och det är ett samarbete mellan flera länder.");

    assertThat(Suggester.standard().classify(swedish).language()).isEmpty();
    assertThat(validator.validate(swedish).findings())
        .extracting(Finding::ruleId)
        .doesNotContain(RULE);
  }

  @Test
  void theValidatorWithTheRuleSurvivesSerializationAndStillReports() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(validator);
    }
    Validator copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (Validator) in.readObject();
    }
    Programme misfiled =
        withPrimary(SampleProgrammes.counterTrafficking(), Activity.WORKERS_AND_PROFESSIONALS);

    assertThat(copy.validate(misfiled).findings()).extracting(Finding::ruleId).contains(RULE);
  }

  private static Programme withPrimary(Programme programme, Activity primary) {
    return Programme.builder()
        .from(programme)
        .classification(
            Classification.builder()
                .from(programme.classification())
                .primaryActivity(primary)
                .build())
        .build();
  }

  private static Programme filedAsCompensation(String title, String description) {
    return Programme.builder()
        .from(SampleProgrammes.counterTrafficking())
        .title(title)
        .description(description)
        .classification(
            Classification.builder().primaryActivity(Activity.CLAIMS_AND_COMPENSATION).build())
        .build();
  }
}
