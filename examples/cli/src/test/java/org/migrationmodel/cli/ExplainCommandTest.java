package org.migrationmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationmodel.json.JsonProblem;
import org.migrationmodel.validation.StandardRule;

class ExplainCommandTest {

  @Test
  void explainsAStandardRule() {
    CliRun run = CliRun.of("explain", "title-required");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("title-required (ERROR)")
        .contains("Means:  " + StandardRule.TITLE_REQUIRED.summary())
        .contains("Why:    " + StandardRule.TITLE_REQUIRED.rationale());
  }

  @Test
  void anUnknownRuleIsAUsageErrorThatListsTheRules() {
    CliRun run = CliRun.of("explain", "no-such-rule");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no-such-rule").contains("id-format");
  }

  @ParameterizedTest
  @MethodSource("readerAndFailureIds")
  void explainsEveryFindingIdThatValidatePrintsBesidesTheRules(String id) {
    CliRun run = CliRun.of("explain", id);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith(id + " (ERROR)").contains("Means:  ").contains("Why:    ");
  }

  static Stream<String> readerAndFailureIds() {
    return Stream.concat(
        Arrays.stream(JsonProblem.values()).map(JsonProblem::id), Stream.of("rule-failure"));
  }

  @ParameterizedTest
  @EnumSource(StandardRule.class)
  void explainsEveryStandardRule(StandardRule rule) {
    CliRun run = CliRun.of("explain", rule.id());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith(rule.id() + " (" + rule.severity() + ")");
  }

  @Test
  void aMisspeltIdIsAnsweredWithTheClosestId() {
    CliRun run = CliRun.of("explain", "allocation-sun");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("did you mean allocation-sum?");
    assertThat(CliRun.of("explain", "json-sintax").err()).contains("did you mean json-syntax?");
  }

  @Test
  void aMissingRuleIdIsAUsageError() {
    assertThat(CliRun.of("explain").exitCode()).isEqualTo(2);
  }
}
