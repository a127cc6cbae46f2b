package org.migrationmodel.suggester;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.CrossCuttingActivity;
import org.migrationmodel.taxonomy.PopulationGroup;
import org.migrationmodel.taxonomy.SupportedLanguage;

/**
 * What the {@link Suggester} found in one text: activities ranked by score, and the cross-cutting
 * activities and target groups the text supports. Immutable.
 */
public final class Suggestions {
  /**
   * The score the top activity must reach for the suggestions to be {@linkplain #isConfident()
   * confident}: about two phrases that name the activity, or one named in the title and again in
   * the description.
   */
  public static final double CONFIDENT_SCORE = 6.0;

  /**
   * How many of the first activities a primary activity may be among and still agree with the text;
   * see {@link #contradicts(Activity)}.
   */
  public static final int AGREEING_RANKS = 3;

  private final SupportedLanguage language;
  private final ImmutableList<Suggestion<Activity>> activities;
  private final ImmutableList<Suggestion<CrossCuttingActivity>> crossCuttingActivities;
  private final ImmutableList<Suggestion<PopulationGroup>> targetGroups;

  Suggestions(
      SupportedLanguage language,
      ImmutableList<Suggestion<Activity>> activities,
      ImmutableList<Suggestion<CrossCuttingActivity>> crossCuttingActivities,
      ImmutableList<Suggestion<PopulationGroup>> targetGroups) {
    this.language = language;
    this.activities = activities;
    this.crossCuttingActivities = crossCuttingActivities;
    this.targetGroups = targetGroups;
  }

  /**
   * The language the text was read in: the one given, or the one detected.
   *
   * @return the language, never null
   */
  public SupportedLanguage language() {
    return language;
  }

  /**
   * Every activity the text points to, highest score first; ties in the catalogue's order.
   *
   * @return an immutable list, empty when the text names no activity
   */
  public ImmutableList<Suggestion<Activity>> activities() {
    return activities;
  }

  /**
   * The first activities of the ranking.
   *
   * @param count how many at most; at least 1
   * @return an immutable list of at most {@code count} activities
   * @throws IllegalArgumentException when count is below 1
   */
  public ImmutableList<Activity> topActivities(int count) {
    checkArgument(count >= 1, "count must be at least 1, was %s", count);
    return activities.stream()
        .limit(count)
        .map(Suggestion::term)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The cross-cutting activities the text supports, highest score first.
   *
   * @return an immutable list, possibly empty
   */
  public ImmutableList<Suggestion<CrossCuttingActivity>> crossCuttingActivities() {
    return crossCuttingActivities;
  }

  /**
   * The population groups the text names as served, highest score first.
   *
   * @return an immutable list, possibly empty
   */
  public ImmutableList<Suggestion<PopulationGroup>> targetGroups() {
    return targetGroups;
  }

  /**
   * Whether the text says enough to judge a classification by: the top activity's score reaches
   * {@link #CONFIDENT_SCORE}.
   *
   * @return true when confident
   */
  public boolean isConfident() {
    return !activities.isEmpty() && activities.get(0).score() >= CONFIDENT_SCORE;
  }

  /**
   * Whether the text contradicts a programme's primary activity: the suggestions are {@linkplain
   * #isConfident() confident} and the activity is not among the first {@value #AGREEING_RANKS}.
   *
   * @param primaryActivity the activity the programme is filed under; not null
   * @return true when the text points elsewhere
   */
  public boolean contradicts(Activity primaryActivity) {
    checkNotNull(primaryActivity, "primaryActivity");
    return isConfident() && !topActivities(AGREEING_RANKS).contains(primaryActivity);
  }

  @Override
  public String toString() {
    return "Suggestions{" + language.tag() + ", " + activities + "}";
  }
}
