package org.migrationmodel.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.migrationmodel.iati.IatiProblem;
import org.migrationmodel.json.JsonProblem;
import org.migrationmodel.suggester.SuggesterRules;
import org.migrationmodel.validation.StandardRule;
import org.migrationmodel.validation.Validator;
import org.migrationmodel.validation.ValidatorProblem;

class FindingCatalogueTest {
  private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private final FindingCatalogue catalogue = FindingCatalogue.standard();

  @Test
  void holdsEveryKindOfFindingOfEveryModuleOnceInItsOrder() {
    int rules = StandardRule.values().length;
    int reader = JsonProblem.values().length;
    assertThat(catalogue.ids())
        .doesNotHaveDuplicates()
        .hasSize(rules + 1 + reader + 1 + IatiProblem.values().length)
        .allMatch(id -> KEBAB_CASE.matcher(id).matches());
    assertThat(catalogue.ids().subList(0, rules))
        .isEqualTo(Validator.standard().rules().stream().map(rule -> rule.id()).toList());
    assertThat(catalogue.ids().get(rules)).isEqualTo(ValidatorProblem.RULE_FAILURE.id());
    assertThat(catalogue.ids().get(rules + 1)).isEqualTo(JsonProblem.values()[0].id());
    assertThat(catalogue.ids().get(rules + 1 + reader))
        .isEqualTo(SuggesterRules.PRIMARY_ACTIVITY_TEXT_MISMATCH.id());
    assertThat(catalogue.ids())
        .endsWith(IatiProblem.values()[IatiProblem.values().length - 1].id());
  }

  @Test
  void eachEntryNamesWhatReportsIt() {
    assertThat(catalogue.find("allocation-sum").orElseThrow().origin())
        .isEqualTo(FindingCatalogue.Origin.VALIDATOR);
    assertThat(catalogue.find("rule-failure").orElseThrow().origin())
        .isEqualTo(FindingCatalogue.Origin.VALIDATOR);
    assertThat(catalogue.find(JsonProblem.values()[0].id()).orElseThrow().origin())
        .isEqualTo(FindingCatalogue.Origin.READER);
    assertThat(catalogue.find("primary-activity-text-mismatch").orElseThrow().origin())
        .isEqualTo(FindingCatalogue.Origin.SUGGESTER);
    assertThat(catalogue.find("iati-region-998").orElseThrow().type())
        .isEqualTo(IatiProblem.REGION_ASSUMED);
    assertThat(FindingCatalogue.Origin.IATI.label()).isEqualTo("iati");
  }

  @Test
  void everyEntryExplainsItself() {
    assertThat(catalogue.entries())
        .allSatisfy(
            entry -> {
              assertThat(entry.type().summary()).as(entry.type().id()).isNotBlank();
              assertThat(entry.type().rationale()).as(entry.type().id()).isNotBlank();
            });
  }

  @Test
  void anUnknownIdIsNotFoundAndAMisspeltOneHasNeighbours() {
    assertThat(catalogue.find("allocation-summ")).isEmpty();
    assertThat(catalogue.closest("allocation-summ")).startsWith("allocation-sum");
    assertThat(catalogue.closest("zzzzzzzzzzzzzzzzzzzzzzzz")).isEqualTo(List.of());
  }
}
