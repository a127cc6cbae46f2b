package org.migrationmodel.suggester;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migrationmodel.suggester.LabelledSet.Programme;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.SupportedLanguage;

/**
 * The suggester's accuracy on the project's labelled programmes: top-1 accuracy and top-3 recall
 * per language and overall, on the whole set and on its development and held-out halves, printed
 * with every miss so that docs/suggester.md can record them.
 */
class SuggesterAccuracyTest {
  private static ImmutableList<Programme> programmes;
  private static Accuracy accuracy;

  @BeforeAll
  static void score() {
    programmes = LabelledSet.read();
    accuracy = new Accuracy(Suggester.standard(), programmes);
    System.out.println("Suggester accuracy on " + LabelledSet.RESOURCE + ":\n" + accuracy.report());
  }

  @Test
  void labelledSetHasSixtyProgrammesPerLanguageAndEveryActivityTwice() {
    for (SupportedLanguage language : SupportedLanguage.values()) {
      Map<Activity, Integer> perActivity = new EnumMap<>(Activity.class);
      programmes.stream()
          .filter(p -> p.language() == language)
          .forEach(p -> perActivity.merge(p.expected(), 1, Integer::sum));
      assertThat(perActivity.values().stream().mapToInt(Integer::intValue).sum())
          .as("programmes in %s", language)
          .isGreaterThanOrEqualTo(60);
      for (Activity activity : Activity.values()) {
        assertThat(perActivity.getOrDefault(activity, 0))
            .as("%s programmes in %s", activity, language)
            .isGreaterThanOrEqualTo(2);
      }
    }
  }

  @Test
  void everyLabelledProgrammeIsReadInItsOwnLanguage() {
    assertThat(accuracy.results.stream().filter(r -> !r.languageRight()))
        .extracting(r -> r.programme().id())
        .isEmpty();
  }

  @Test
  void topOneAccuracyReachesEightyPercentInEachLanguage() {
    for (SupportedLanguage language : SupportedLanguage.values()) {
      assertThat(accuracy.topOne(inLanguage(language)))
          .as("top-1 in %s", language)
          .isGreaterThanOrEqualTo(0.80);
    }
  }

  @Test
  void topOneAccuracyReachesNinetyPercentOverall() {
    assertThat(accuracy.topOne(p -> true)).as("top-1 overall").isGreaterThanOrEqualTo(0.90);
  }

  /**
   * Top-3 recall was 0.95 in each language before the suggester judged whether a text is about
   * migration at all; the few descriptions that never say so (post-disaster recovery, compensation
   * of conflict victims, workers of one country placed in another without a word for migration) now
   * get no activity. docs/suggester.md lists them.
   */
  @Test
  void topThreeRecallReachesEightyFivePercentInEachLanguage() {
    for (SupportedLanguage language : SupportedLanguage.values()) {
      assertThat(accuracy.topThree(inLanguage(language)))
          .as("top-3 in %s", language)
          .isGreaterThanOrEqualTo(0.85);
    }
  }

  @Test
  void nearlyEveryLabelledProgrammeIsJudgedAboutMigration() {
    assertThat(accuracy.results.stream().filter(r -> r.aboutMigration()).count())
        .isGreaterThanOrEqualTo(Math.round(0.9 * programmes.size()));
  }

  @Test
  void heldOutHalfReachesTheTargetsForUnseenText() {
    Predicate<Programme> heldOut = Programme::heldOut;
    assertThat(accuracy.count(heldOut)).isEqualTo(90);
    assertThat(accuracy.topOne(heldOut)).as("held-out top-1").isGreaterThanOrEqualTo(0.70);
    assertThat(accuracy.topThree(heldOut)).as("held-out top-3").isGreaterThanOrEqualTo(0.90);
  }

  /**
   * Titles are short and many have no function word that only one of the three languages uses, or
   * one that is part of a name: with fewer than two, a title is read in each language and the
   * reading that finds most is kept. Spanish titles alone were 0.52 read in Spanish and 0.35 top-1
   * when such a title was read as English; they are 0.90 and 0.72 now.
   */
  @Test
  void titlesAloneAreMostlyReadInTheirOwnLanguageAndRanked() {
    Accuracy titlesAlone =
        new Accuracy(
            Suggester.standard(),
            programmes.stream()
                .map(
                    p ->
                        new Programme(
                            p.id(), p.language(), p.heldOut(), p.expected(), p.title(), ""))
                .collect(ImmutableList.toImmutableList()));
    System.out.println("Titles alone:\n" + titlesAlone.report());
    for (SupportedLanguage language : SupportedLanguage.values()) {
      assertThat(
              titlesAlone.results.stream()
                  .filter(r -> r.programme().language() == language)
                  .filter(Accuracy.Result::languageRight)
                  .count())
          .as("titles read in %s", language)
          .isGreaterThanOrEqualTo(51);
      assertThat(titlesAlone.topOne(inLanguage(language)))
          .as("top-1 of titles alone in %s", language)
          .isGreaterThanOrEqualTo(0.55);
    }
  }

  private static Predicate<Programme> inLanguage(SupportedLanguage language) {
    return p -> p.language() == language;
  }
}
