package org.migrationmodel.suggester;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migrationmodel.suggester.Knowledge.Kind;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.SupportedLanguage;

/**
 * Where phrases are found in a text: as written, or with one more word inside them, which a longer
 * phrase may do where a shorter one is found as written; inside a compound ("community projects"),
 * only a word alone or joined by "and" or "or".
 */
class ScoringTest {
  private static final TextAnalysis ANALYSIS = new TextAnalysis();
  private static final Knowledge KNOWLEDGE =
      Knowledge.read(
          List.of(
              "catalogue=1.0",
              "[Activity.TARGETED_ASSISTANCE]",
              "en 2: community projects",
              "[Activity.ASSISTED_RETURN_AND_REINTEGRATION]",
              "en 3: return of migrants",
              "[Activity.REPATRIATION]",
              "en 2: return"),
          ANALYSIS);

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "Community projects in the north|TARGETED_ASSISTANCE|community projects",
        "Community support projects in the north|TARGETED_ASSISTANCE|community support projects",
        // inside a compound, a word joined by "and" or "or"
        "Community and school projects|TARGETED_ASSISTANCE|community and school projects",
        "Community schools or projects|TARGETED_ASSISTANCE|community schools or projects",
        "The return of vulnerable migrants|ASSISTED_RETURN_AND_REINTEGRATION|return of vulnerable"
            + " migrants",
        "The return of stranded migrants from Libya|ASSISTED_RETURN_AND_REINTEGRATION|return of"
            + " stranded migrants",
        // the shorter phrase where the longer one would hold two words inside
        "The return of many stranded migrants|REPATRIATION|return"
      })
  void aPhraseIsFoundAsWrittenOrWithOneMoreWordInsideIt(
      String text, Activity expected, String evidence) {
    List<Scored<Activity>> scored = score(text);

    assertThat(scored).extracting(Scored::term).containsExactly(expected);
    assertThat(scored.get(0).evidence()).containsExactly(evidence);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        // two words inside
        "Community social support projects",
        // a comma, a hyphen or a slash beside the word inside
        "Communities, social projects and others",
        "Community-support projects",
        "Community support/projects",
        // the end of a sentence
        "Strong communities. Support projects follow",
        // a word inside a compound that other stop words join: not its sense any more
        "Communities affected by the projects"
      })
  void aPhraseIsNotFoundAcrossTwoWordsOrAMarkBesideTheWordInside(String text) {
    assertThat(score(text)).isEmpty();
  }

  private static List<Scored<Activity>> score(String description) {
    return Scoring.terms(
        KNOWLEDGE.index(SupportedLanguage.ENGLISH, Kind.ACTIVITY),
        ANALYSIS.analyse("", SupportedLanguage.ENGLISH),
        ANALYSIS.analyse(description, SupportedLanguage.ENGLISH),
        Activity.class,
        0);
  }
}
