package org.migrationmodel.suggester;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.suggester.Knowledge.Kind;
import org.migrationmodel.suggester.LanguageIdentifier.Identified;
import org.migrationmodel.suggester.Scoring.MigrationEvidence;
import org.migrationmodel.suggester.TextAnalysis.AnalysedText;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.CrossCuttingActivity;
import org.migrationmodel.taxonomy.PopulationGroup;
import org.migrationmodel.taxonomy.SupportedLanguage;
import org.migrationmodel.text.TermSuggestion;
import org.migrationmodel.text.TextClassification;
import org.migrationmodel.text.TextClassifier;

/**
 * Classifies a programme from its title and description, in English, French or Spanish: whether the
 * text is about migration at all and, when it is, the activities it points to with their
 * confidences, and the cross-cutting activities and target groups it supports, each with the words
 * that gave it. A text in another language is identified as such and not read.
 *
 * <p>The suggester matches the text against a list of phrases per term and language that ships with
 * this module ({@code docs/suggester.md} describes it, its weights and its calibration), after
 * folding case and accents and reducing words to their stems. It reads no network and downloads
 * nothing. Results are deterministic: the same text gives the same classification. One instance is
 * immutable and thread-safe; share {@link #standard()}.
 */
public final class Suggester implements TextClassifier {
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
   * Classifies a text whose language is identified from its words. A text in a language other than
   * English, French or Spanish is not read: its classification names the language and suggests
   * nothing. A text with fewer than two function words of the language identified, such as a bare
   * title, is read in each of the three, and the reading that finds most is kept: the language
   * identified (English when there is no function word at all) when none finds more.
   *
   * @param title the programme's title; not null, may be empty
   * @param description the programme's description; not null, may be empty
   * @return the classification, never null
   * @throws NullPointerException when title or description is null
   */
  @Override
  public TextClassification classify(String title, String description) {
    checkNotNull(title, "title");
    checkNotNull(description, "description");
    Identified identified = LanguageIdentifier.of(title + " " + description);
    if (identified.read().isEmpty()) {
      return TextClassification.builder()
          .languageTag(identified.tag())
          .aboutMigration(false)
          .build();
    }
    SupportedLanguage identifiedLanguage = identified.read().get();
    TextClassification classification = classify(title, description, identifiedLanguage);
    if (identified.decided()) {
      return classification;
    }
    for (SupportedLanguage language : SupportedLanguage.values()) {
      if (language != identifiedLanguage) {
        TextClassification other = classify(title, description, language);
        if (findsMore(other, classification)) {
          classification = other;
        }
      }
    }
    return classification;
  }

  /**
   * Whether one reading of a text finds more than another: a reading judged about migration finds
   * more than one that is not; between two alike, the one with more phrases supporting its
   * activities.
   */
  private static boolean findsMore(TextClassification reading, TextClassification than) {
    if (reading.aboutMigration() != than.aboutMigration()) {
      return reading.aboutMigration();
    }
    return supportingPhrases(reading) > supportingPhrases(than);
  }

  private static int supportingPhrases(TextClassification classification) {
    int phrases = 0;
    for (TermSuggestion<Activity> activity : classification.activities()) {
      phrases += activity.evidence().size();
    }
    return phrases;
  }

  /**
   * Classifies a text in a given language.
   *
   * @param title the programme's title; not null, may be empty
   * @param description the programme's description; not null, may be empty
   * @param language the language of both; not null
   * @return the classification, never null
   * @throws NullPointerException when an argument is null
   */
  public TextClassification classify(String title, String description, SupportedLanguage language) {
    checkNotNull(title, "title");
    checkNotNull(description, "description");
    checkNotNull(language, "language");
    AnalysedText analysedTitle = analysis.analyse(title, language);
    AnalysedText analysedDescription = analysis.analyse(description, language);
    TextClassification.Builder classification =
        TextClassification.builder().languageTag(language.tag()).language(language);
    MigrationEvidence migration =
        Scoring.migration(
            knowledge.index(language, Kind.MIGRATION), analysedTitle, analysedDescription);
    ImmutableList<Scored<PopulationGroup>> groups =
        Scoring.terms(
            knowledge.index(language, Kind.TARGET_GROUP),
            analysedTitle,
            analysedDescription,
            PopulationGroup.class,
            0);
    ImmutableList<Scored<Activity>> activities =
        Scoring.competing(
            servesRefugees(groups)
                ? knowledge.activitiesServingRefugees(language)
                : knowledge.index(language, Kind.ACTIVITY),
            analysedTitle,
            analysedDescription,
            Activity.class);
    if (!AboutMigration.judge(migration, activities, title, description)) {
      return classification.aboutMigration(false).build();
    }
    return classification
        .aboutMigration(true)
        .activities(Calibration.ranked(activities))
        .crossCuttingActivities(
            Calibration.supported(
                Scoring.terms(
                    knowledge.index(language, Kind.CROSS_CUTTING),
                    analysedTitle,
                    analysedDescription,
                    CrossCuttingActivity.class,
                    Calibration.SUPPORTED)))
        .targetGroups(
            Calibration.supported(
                groups.stream()
                    .filter(group -> group.score() >= Calibration.SUPPORTED)
                    .collect(ImmutableList.toImmutableList())))
        .build();
  }

  /**
   * Whether the displaced people a text names are refugees and asylum seekers rather than
   * internally displaced persons: the phrases of the humanitarian response then point to asylum and
   * refugees. A text that names neither, or both alike, keeps them with internally displaced
   * persons.
   */
  private static boolean servesRefugees(ImmutableList<Scored<PopulationGroup>> groups) {
    double refugees = 0;
    double internallyDisplaced = 0;
    for (Scored<PopulationGroup> group : groups) {
      switch (group.term()) {
        case REFUGEES, ASYLUM_SEEKERS -> refugees += group.score();
        case INTERNALLY_DISPLACED_PERSONS -> internallyDisplaced += group.score();
        default -> {
          // other groups do not say whom a humanitarian response serves
        }
      }
    }
    return refugees > internallyDisplaced;
  }

  /**
   * Classifies a programme from its title and description, identifying their language.
   *
   * @param programme the programme; not null
   * @return the classification, never null
   * @throws NullPointerException when programme is null
   */
  public TextClassification classify(Programme programme) {
    checkNotNull(programme, "programme");
    return classify(programme.title(), programme.description().orElse(""));
  }
}
