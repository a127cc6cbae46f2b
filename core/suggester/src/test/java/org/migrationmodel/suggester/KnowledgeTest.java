package org.migrationmodel.suggester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.migrationmodel.suggester.Knowledge.Kind;
import org.migrationmodel.suggester.Knowledge.Phrase;
import org.migrationmodel.suggester.Knowledge.PhraseIndex;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.CrossCuttingActivity;
import org.migrationmodel.taxonomy.PopulationGroup;
import org.migrationmodel.taxonomy.SupportedLanguage;

class KnowledgeTest {
  private static final TextAnalysis ANALYSIS = new TextAnalysis();
  private static final Knowledge STANDARD = Knowledge.standard(ANALYSIS);

  @ParameterizedTest
  @EnumSource(SupportedLanguage.class)
  void everyTermOfTheModelHasPhrasesInEveryLanguage(SupportedLanguage language) {
    assertThat(STANDARD.index(language, Kind.ACTIVITY).terms)
        .containsExactlyInAnyOrder(Activity.values());
    assertThat(STANDARD.index(language, Kind.CROSS_CUTTING).terms)
        .containsExactlyInAnyOrder(CrossCuttingActivity.values());
    assertThat(STANDARD.index(language, Kind.TARGET_GROUP).terms)
        .containsExactlyInAnyOrder(PopulationGroup.values());
  }

  @Test
  void aPhraseWeighsItsTierWithHalfATierMorePerExtraWordDividedAmongTheTermsThatShareIt() {
    Knowledge knowledge =
        Knowledge.read(
            List.of(
                "catalogue=1.0",
                "[Activity.COUNTER_TRAFFICKING]",
                "en 3: victims of trafficking; protection",
                "[Activity.ASYLUM_AND_REFUGEES]",
                "en 2: protection"),
            ANALYSIS);

    Phrase victims = only(knowledge, "victim");
    assertThat(victims.terms).containsExactly(Activity.COUNTER_TRAFFICKING);
    assertThat(victims.weights).containsExactly(4.5);
    Phrase protection = only(knowledge, "protect");
    assertThat(protection.terms)
        .containsExactly(Activity.COUNTER_TRAFFICKING, Activity.ASYLUM_AND_REFUGEES);
    assertThat(protection.weights).containsExactly(1.5, 1.0);
  }

  @Test
  void aPhraseOfTheResponsePointsToDisplacedPersonsOrToRefugeesByTheIndexAskedFor() {
    Knowledge knowledge =
        Knowledge.read(
            List.of(
                "catalogue=1.0",
                "[Activity.INTERNALLY_DISPLACED_PERSONS]",
                "en 3: internally displaced",
                "[Response]",
                "en 2: emergency shelter"),
            ANALYSIS);

    Phrase shelter =
        knowledge.index(SupportedLanguage.ENGLISH, Kind.ACTIVITY).startingWith("emerg")[0];
    assertThat(shelter.terms).containsExactly(Activity.INTERNALLY_DISPLACED_PERSONS);
    assertThat(shelter.weights).containsExactly(3.0);
    Phrase forRefugees =
        knowledge.activitiesServingRefugees(SupportedLanguage.ENGLISH).startingWith("emerg")[0];
    assertThat(forRefugees.terms).containsExactly(Activity.ASYLUM_AND_REFUGEES);
    assertThat(forRefugees.weights).containsExactly(3.0);
    // A phrase of the response names no migration.
    assertThat(knowledge.index(SupportedLanguage.ENGLISH, Kind.MIGRATION).startingWith("emerg"))
        .isEmpty();
  }

  @Test
  void anActivityPhraseThatNamesATargetGroupWeighsHalf() {
    Knowledge knowledge =
        Knowledge.read(
            List.of(
                "catalogue=1.0",
                "[Activity.ASYLUM_AND_REFUGEES]",
                "en 2: refugees; reception centres",
                "[PopulationGroup.REFUGEES]",
                "en 3: refugees"),
            ANALYSIS);

    assertThat(only(knowledge, "refuge").weights).containsExactly(1.0);
    assertThat(only(knowledge, "recept").weights).containsExactly(3.0);
    // The target group's own index is not discounted.
    assertThat(
            knowledge.index(SupportedLanguage.ENGLISH, Kind.TARGET_GROUP)
                .startingWith("refuge")[0]
                .weights)
        .containsExactly(3.0);
  }

  @Test
  void
      migrationPhrasesWeighTheirTierAndPhrasesThatNameAnActivityJoinThemUnlessTheSectionSaysOtherwise() {
    Knowledge knowledge =
        Knowledge.read(
            List.of(
                "catalogue=1.0",
                "[Migration]",
                "en 2: borders; trafficking",
                "[Agencies]",
                "en 3: iom",
                "[Activity.COUNTER_TRAFFICKING]",
                "en 3: human trafficking; trafficking",
                "en 2: exploitation"),
            ANALYSIS);
    PhraseIndex migration = knowledge.index(SupportedLanguage.ENGLISH, Kind.MIGRATION);

    Phrase borders = migration.startingWith("border")[0];
    assertThat(borders.terms).isEmpty();
    assertThat(borders.weights).containsExactly(2.0);
    assertThat(borders.strong).containsExactly(false);
    Phrase iom = migration.startingWith("iom")[0];
    assertThat(iom.weights).containsExactly(3.0);
    assertThat(iom.strong).containsExactly(true);
    assertThat(migration.startingWith("human")[0].weights).containsExactly(3.0);
    // The migration section keeps "trafficking" at tier 2: alone it may be trafficking in drugs.
    assertThat(migration.startingWith("traffick")[0].weights).containsExactly(2.0);
    assertThat(migration.startingWith("exploit")).isEmpty();
    Phrase[] trafficking =
        knowledge.index(SupportedLanguage.ENGLISH, Kind.ACTIVITY).startingWith("traffick");
    assertThat(trafficking).hasSize(1);
    assertThat(trafficking[0].terms).containsExactly(Activity.COUNTER_TRAFFICKING);
  }

  @ParameterizedTest
  @CsvSource({"ENGLISH,migrat,iom", "FRENCH,migrat,oim", "SPANISH,migracion,oim"})
  void everyLanguageHasMigrationPhrasesAndAgencies(
      SupportedLanguage language, String migration, String agency) {
    PhraseIndex index = STANDARD.index(language, Kind.MIGRATION);

    assertThat(index.startingWith(migration))
        .extracting(phrase -> phrase.strong[0])
        .contains(false);
    assertThat(index.startingWith(agency))
        .extracting(phrase -> phrase.strong[0])
        .containsExactly(true);
  }

  @Test
  void aPhraseOfAnotherSenseWeighsNothingInEveryIndex() {
    Knowledge knowledge =
        Knowledge.read(
            List.of(
                "catalogue=1.0",
                "[Migration]",
                "en 3: migration",
                "[Other senses]",
                "en 0: data migration"),
            ANALYSIS);

    Phrase data =
        knowledge.index(SupportedLanguage.ENGLISH, Kind.MIGRATION).startingWith("data")[0];
    assertThat(data.otherSense()).isTrue();
    assertThat(data.terms).isEmpty();
    assertThat(data.weights).containsExactly(0.0);
    Phrase migration =
        knowledge.index(SupportedLanguage.ENGLISH, Kind.MIGRATION).startingWith("migrat")[0];
    assertThat(migration.otherSense()).isFalse();
    for (Kind kind : Kind.values()) {
      assertThat(knowledge.index(SupportedLanguage.ENGLISH, kind).startingWith("data"))
          .singleElement()
          .satisfies(phrase -> assertThat(phrase.otherSense()).isTrue());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // tier 0 belongs to the other senses, and only tier 0 does
        "[Migration]|en 0: data migration|line 3",
        "[Other senses]|en 2: data migration|line 3",
        // one phrase cannot be both
        "[Migration]|en 3: data migration|both a phrase of another sense and one of migration",
        "[Activity.TECHNOLOGY_APPLICATIONS]|en 2: data migration|both a phrase of another sense"
      })
  void aTierOutOfItsSectionOrAPhraseOfBothSensesIsRefused(
      String section, String line, String message) {
    List<String> lines =
        line.startsWith("en 0") || section.equals("[Other senses]")
            ? List.of("catalogue=1.0", section, line)
            : List.of("catalogue=1.0", section, line, "[Other senses]", "en 0: data migration");

    assertThatThrownBy(() -> Knowledge.read(lines, ANALYSIS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void aMalformedLineIsRefusedWithItsLineNumber() {
    assertThatThrownBy(
            () ->
                Knowledge.read(
                    List.of("catalogue=1.0", "[Activity.DOCUMENTATION]", "en: passports"),
                    ANALYSIS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 3");
  }

  @Test
  void anUnknownTermIsRefusedWithItsLineNumber() {
    assertThatThrownBy(
            () -> Knowledge.read(List.of("catalogue=1.0", "[Activity.TELEPORTATION]"), ANALYSIS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("Activity.TELEPORTATION");
  }

  @Test
  void aPhraseOfStopWordsOnlyIsRefused() {
    assertThatThrownBy(
            () ->
                Knowledge.read(
                    List.of("catalogue=1.0", "[Activity.DOCUMENTATION]", "en 1: of the"), ANALYSIS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only stop words");
  }

  @Test
  void aPhraseOfSeveralWordsThatStopWordsReduceToOneIsRefused() {
    assertThatThrownBy(
            () ->
                Knowledge.read(
                    List.of(
                        "catalogue=1.0", "[Activity.OVERSEAS_COMMUNITIES]", "es 2: fuera del país"),
                    ANALYSIS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 3")
        .hasMessageContaining("\"pais\"");
  }

  @Test
  void aFileWithoutCatalogueVersionIsRefused() {
    assertThatThrownBy(
            () -> Knowledge.read(List.of("[Activity.DOCUMENTATION]", "en 1: passport"), ANALYSIS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("catalogue=");
  }

  private static Phrase only(Knowledge knowledge, String firstStem) {
    Phrase[] phrases =
        knowledge.index(SupportedLanguage.ENGLISH, Kind.ACTIVITY).startingWith(firstStem);
    assertThat(phrases).hasSize(1);
    return phrases[0];
  }
}
