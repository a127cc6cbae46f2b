package org.migrationmodel.suggester;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.suggester.Knowledge.Kind;
import org.migrationmodel.suggester.TextAnalysis.AnalysedText;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.CrossCuttingActivity;
import org.migrationmodel.taxonomy.PopulationGroup;
import org.migrationmodel.taxonomy.SupportedLanguage;
import org.migrationmodel.taxonomy.Term;
import org.migrationmodel.text.TermSuggestion;
import org.migrationmodel.text.TextClassification;
import org.migrationmodel.text.TextClassifier;

/**
 * Suggests how to classify a programme from its title and description, in English, French or
 * Spanish: activities ranked by score, and the cross-cutting activities and target groups the text
 * supports, each with the words that gave it.
 *
 * <p>The suggester matches the text against a list of phrases per term and language that ships with
 * this module ({@code docs/suggester.md} describes it and its weights), after folding case and
 * accents and reducing words to their stems. It reads no network and downloads nothing. Results are
 * deterministic: the same text gives the same suggestions. One instance is immutable and
 * thread-safe; share {@link #standard()}.
 */
public final class Suggester implements TextClassifier {
  /**
   * The lowest score at which a cross-cutting activity or a target group is reported: a phrase that
   * names it, or a supporting word said more than once.
   */
  public static final double SUPPORT_SCORE = 3.0;

  private static final Suggester STANDARD = new Suggester(new TextAnalysis());

  private final TextAnalysis analysis;
  private final Knowledge knowledge;

  private Suggester(TextAnalysis analysis) {
    this.analysis = analysis;
    this.knowledge = Knowledge.standard(analysis);
  }

  /**
   * The suggester with the knowledge shipped in this module.
   *
   * @return the shared suggester, never null
   */
  public static Suggester standard() {
    return STANDARD;
  }

  /**
   * The version of the standard catalogue this suggester's knowledge was written for.
   *
   * @return the catalogue version, such as {@code 1.0}
   */
  public String catalogueVersion() {
    return knowledge.catalogueVersion;
  }

  /**
   * Suggests a classification for a text whose language is detected from its words.
   *
   * @param title the programme's title; not null, may be empty
   * @param description the programme's description; not null, may be empty
   * @return the suggestions, never null
   */
  public Suggestions suggest(String title, String description) {
    checkNotNull(title, "title");
    checkNotNull(description, "description");
    return suggest(title, description, LanguageGuess.of(title + " " + description));
  }

  /**
   * Suggests a classification for a text in a given language.
   *
   * @param title the programme's title; not null, may be empty
   * @param description the programme's description; not null, may be empty
   * @param language the language of both; not null
   * @return the suggestions, never null
   */
  public Suggestions suggest(String title, String description, SupportedLanguage language) {
    checkNotNull(title, "title");
    checkNotNull(description, "description");
    checkNotNull(language, "language");
    AnalysedText analysedTitle = analysis.analyse(title, language);
    AnalysedText analysedDescription = analysis.analyse(description, language);
    return new Suggestions(
        language,
        Scoring.score(
            knowledge.index(language, Kind.ACTIVITY),
            analysedTitle,
            analysedDescription,
            Activity.class,
            0),
        Scoring.score(
            knowledge.index(language, Kind.CROSS_CUTTING),
            analysedTitle,
            analysedDescription,
            CrossCuttingActivity.class,
            SUPPORT_SCORE),
        Scoring.score(
            knowledge.index(language, Kind.TARGET_GROUP),
            analysedTitle,
            analysedDescription,
            PopulationGroup.class,
            SUPPORT_SCORE));
  }

  /**
   * Suggests a classification for a programme from its title and description, detecting their
   * language.
   *
   * @param programme the programme; not null
   * @return the suggestions, never null
   */
  public Suggestions suggest(Programme programme) {
    checkNotNull(programme, "programme");
    return suggest(programme.title(), programme.description().orElse(""));
  }

  /**
   * Classifies a text whose language is detected from its words, as the {@link TextClassifier}
   * contract asks.
   *
   * @param title the programme's title; not null, may be empty
   * @param description the programme's description; not null, may be empty
   * @return the classification, never null
   * @throws NullPointerException when title or description is null
   */
  @Override
  public TextClassification classify(String title, String description) {
    Suggestions suggestions = suggest(title, description);
    TextClassification.Builder classification =
        TextClassification.builder()
            .languageTag(suggestions.language().tag())
            .language(suggestions.language());
    if (suggestions.activities().isEmpty()) {
      return classification.aboutMigration(false).build();
    }
    double total = suggestions.activities().stream().mapToDouble(Suggestion::score).sum();
    double strength =
        Math.min(1, suggestions.activities().get(0).score() / Suggestions.CONFIDENT_SCORE);
    return classification
        .aboutMigration(true)
        .activities(scaled(suggestions.activities(), strength / total))
        .crossCuttingActivities(supported(suggestions.crossCuttingActivities()))
        .targetGroups(supported(suggestions.targetGroups()))
        .build();
  }

  private static <T extends Term> ImmutableList<TermSuggestion<T>> scaled(
      ImmutableList<Suggestion<T>> suggestions, double factor) {
    return suggestions.stream()
        .map(s -> TermSuggestion.of(s.term(), s.score() * factor, s.evidence()))
        .collect(ImmutableList.toImmutableList());
  }

  private static <T extends Term> ImmutableList<TermSuggestion<T>> supported(
      ImmutableList<Suggestion<T>> suggestions) {
    return suggestions.stream()
        .map(
            s ->
                TermSuggestion.of(
                    s.term(), Math.min(1, s.score() / (2 * SUPPORT_SCORE)), s.evidence()))
        .collect(ImmutableList.toImmutableList());
  }
}
