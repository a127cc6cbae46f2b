package org.migrationmodel.text;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.migrationmodel.internal.ValueStyle;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.CrossCuttingActivity;
import org.migrationmodel.taxonomy.PopulationGroup;
import org.migrationmodel.taxonomy.SupportedLanguage;
import org.migrationmodel.taxonomy.Term;

/**
 * What a {@link TextClassifier} found in one programme text: the language it was read in, or that
 * it was not read; whether the text is about migration at all; and, only when it is, the activities
 * it points to, most likely first, and the cross-cutting activities and target groups it supports.
 * Immutable.
 *
 * <p>The value holds its own promises: a text not read is not about migration, and a text not about
 * migration has no suggestion of any kind; activities are in order of confidence.
 */
@Value.Immutable
@ValueStyle
public abstract class TextClassification implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * How many of the first activities a programme's primary activity may be among and still agree
   * with its text: {@value}. See {@link #contradicts(Activity)}.
   */
  public static final int AGREEING_RANKS = 3;

  /**
   * How many different phrases of a text must point to its first activity for the text to {@link
   * #describesMovement() describe} that work: {@value}.
   */
  public static final int DESCRIBING_PHRASES = 2;

  /**
   * The activities whose work is people's movement by nature. Left out are those whose words any
   * development programme uses (recovery, former combatants, compensation, elections, micro-credit,
   * targeted assistance, documentation, language training, technology), assistance to internally
   * displaced persons, whose words emergency relief shares, and border management, whose words
   * ("border", "cross-border", "customs", "checkpoints") trade, energy, animal health and
   * cross-border cooperation programmes share; its own terms ("border guards", "border crossing
   * points") name migration by themselves.
   */
  private static final ImmutableSet<Activity> MOVEMENT =
      Sets.immutableEnumSet(
          EnumSet.complementOf(
              EnumSet.of(
                  Activity.TRANSITION_AND_RECOVERY,
                  Activity.FORMER_COMBATANTS,
                  Activity.CLAIMS_AND_COMPENSATION,
                  Activity.ELECTIONS_AND_REFERENDA,
                  Activity.MICRO_CREDIT_SCHEMES,
                  Activity.TARGETED_ASSISTANCE,
                  Activity.DOCUMENTATION,
                  Activity.LANGUAGE_TRAINING,
                  Activity.TECHNOLOGY_APPLICATIONS,
                  Activity.INTERNALLY_DISPLACED_PERSONS,
                  Activity.BORDER_MANAGEMENT)));

  TextClassification() {}

  /**
   * The language of the text as the classifier identified it, as an ISO 639-1 code such as {@code
   * en} or {@code sv}, or {@code und} when it could not tell.
   *
   * @return the code, never null
   */
  public abstract String languageTag();

  /**
   * The language the text was read in.
   *
   * @return the language; empty when the text is in a language the classifier does not read, which
   *     {@link #languageTag()} then names
   */
  public abstract Optional<SupportedLanguage> language();

  /**
   * Whether the text is about migration at all: it speaks of people on the move or of governing
   * their movement, not only of needs such as health, water or livelihoods that any programme may
   * meet. Always false for a text that was not read.
   *
   * @return true when the text is about migration
   */
  public abstract boolean aboutMigration();

  /**
   * The activities the text points to, most likely first. Each confidence estimates the probability
   * that the activity is the one the programme would be filed under as its primary activity, so
   * that the confidences of one text add up to 1 at most.
   *
   * @return an immutable list; empty when the text is not about migration or names no activity
   */
  public abstract ImmutableList<TermSuggestion<Activity>> activities();

  /**
   * The cross-cutting activities the text supports, most firmly supported first. A programme may
   * involve several, so their confidences are independent of each other; the classifier documents
   * how it estimates them.
   *
   * @return an immutable list; empty when the text is not about migration or supports none
   */
  public abstract ImmutableList<TermSuggestion<CrossCuttingActivity>> crossCuttingActivities();

  /**
   * The population groups the text names as served, most firmly supported first; their confidences
   * are independent of each other, as for {@link #crossCuttingActivities()}.
   *
   * @return an immutable list; empty when the text is not about migration or names none
   */
  public abstract ImmutableList<TermSuggestion<PopulationGroup>> targetGroups();

  /**
   * Whether the first activity is more likely right than wrong: its confidence is above one half.
   *
   * @return true when confident; false when there is no activity
   */
  public boolean isConfident() {
    return !activities().isEmpty() && activities().get(0).confidence() > 0.5;
  }

  /**
   * Whether an activity's work is people's movement by nature, such as return, resettlement or
   * labour migration: a text that describes it is about migration whatever else it speaks of. Not
   * so for recovery, former combatants, compensation, elections, micro-credit, targeted assistance,
   * documentation, language training, technology, assistance to internally displaced persons and
   * border management, whose words development and relief programmes of every kind also use.
   *
   * @param activity the activity; not null
   * @return true when its work is movement
   * @throws NullPointerException when activity is null
   */
  public static boolean isMovement(Activity activity) {
    return MOVEMENT.contains(checkNotNull(activity, "activity"));
  }

  /**
   * Whether the text describes migration work: it is {@linkplain #isConfident() confident}, its
   * first activity {@linkplain #isMovement(Activity) is movement} by nature, and {@value
   * #DESCRIBING_PHRASES} different phrases or more point to it ("sustainable return and
   * reintegration", "returnee"). One word ("border", "stranded") names a subject; it does not
   * describe the work. The IATI importer reads an activity whose codes place it in another sector
   * as about migration only when its text does this.
   *
   * @return true when the text describes migration work
   */
  public boolean describesMovement() {
    return isConfident()
        && isMovement(activities().get(0).term())
        && activities().get(0).evidence().size() >= DESCRIBING_PHRASES;
  }

  /**
   * Whether the text points away from a programme's primary activity: the classification is
   * {@linkplain #isConfident() confident} and the activity is not among its first {@value
   * #AGREEING_RANKS}.
   *
   * @param primaryActivity the activity the programme is filed under; not null
   * @return true when the text points elsewhere
   * @throws NullPointerException when primaryActivity is null
   */
  public boolean contradicts(Activity primaryActivity) {
    checkNotNull(primaryActivity, "primaryActivity");
    if (!isConfident()) {
      return false;
    }
    List<TermSuggestion<Activity>> first =
        activities().subList(0, Math.min(AGREEING_RANKS, activities().size()));
    return first.stream().noneMatch(s -> s.term() == primaryActivity);
  }

  /**
   * A new builder; {@code languageTag} and {@code aboutMigration} are required.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void checkPromises() {
    language()
        .ifPresent(
            read ->
                checkState(
                    read.tag().equals(languageTag()),
                    "read in %s but tagged %s",
                    read,
                    languageTag()));
    checkState(
        language().isPresent() || !aboutMigration(), "a text not read cannot be about migration");
    checkState(
        aboutMigration()
            || (activities().isEmpty()
                && crossCuttingActivities().isEmpty()
                && targetGroups().isEmpty()),
        "a text not about migration has no suggestions");
    checkDescending(activities());
  }

  private static void checkDescending(List<? extends TermSuggestion<? extends Term>> ranked) {
    for (int i = 1; i < ranked.size(); i++) {
      checkState(
          ranked.get(i).confidence() <= ranked.get(i - 1).confidence(),
          "%s is ranked after %s but more confident",
          ranked.get(i).term(),
          ranked.get(i - 1).term());
    }
  }

  /** Builds a {@link TextClassification}. */
  public static final class Builder extends ImmutableTextClassification.Builder {
    Builder() {}
  }
}
