package org.migrationmodel.validation;

import static org.migrationmodel.taxonomy.CrossCuttingActivity.MIGRANTS_RIGHTS_AND_INTERNATIONAL_MIGRATION_LAW;
import static org.migrationmodel.taxonomy.CrossCuttingActivity.MIGRATION_HEALTH;
import static org.migrationmodel.taxonomy.CrossCuttingActivity.POLICY_DEBATE_AND_GUIDANCE;
import static org.migrationmodel.taxonomy.CrossCuttingActivity.REGIONAL_AND_INTERNATIONAL_COOPERATION;
import static org.migrationmodel.taxonomy.CrossCuttingActivity.TECHNICAL_COOPERATION_AND_CAPACITY_BUILDING;
import static org.migrationmodel.taxonomy.PopulationGroup.DIASPORA;
import static org.migrationmodel.taxonomy.PopulationGroup.SMUGGLED_MIGRANTS;
import static org.migrationmodel.taxonomy.PopulationGroup.VICTIMS_OF_TRAFFICKING;
import static org.migrationmodel.taxonomy.Theme.COMPREHENSIVE_MIGRATION_MANAGEMENT;
import static org.migrationmodel.taxonomy.Theme.MIGRANTS_HUMAN_RIGHTS;
import static org.migrationmodel.taxonomy.Theme.MIGRATION_AND_SUSTAINABLE_DEVELOPMENT;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.Agency;
import org.migrationmodel.taxonomy.Area;
import org.migrationmodel.taxonomy.CrossCuttingActivity;
import org.migrationmodel.taxonomy.Modality;
import org.migrationmodel.taxonomy.Term;
import org.migrationmodel.taxonomy.Theme;

/**
 * What in a programme implies or supports each High-Level Dialogue theme, read from section B of
 * the source document.
 *
 * <p>A theme is <em>implied</em> when the activities alone show that the programme contributes to
 * it: a Migration and Development activity implies theme 3; activities in two or more areas imply
 * theme 1, the comprehensive approach; counter-trafficking or counter-smuggling implies theme 4,
 * which gives special attention to those affected by trafficking and smuggling. A theme is
 * <em>supported</em> when it is implied or when other parts of the classification bear it out, as
 * {@link #evidence(Theme)} says. Every implied theme is thus supported, so that the two theme rules
 * never contradict each other.
 */
final class ThemeSupport {
  private static final ImmutableSet<Activity> TRAFFICKING =
      Sets.immutableEnumSet(Activity.COUNTER_TRAFFICKING, Activity.COUNTER_SMUGGLING);
  // Every set of themes, indexed by its bits: impliedThemes is asked of every programme validated,
  // and answers without building a set.
  private static final ImmutableList<ImmutableSet<Theme>> THEME_SETS = everySetOfThemes();

  private ThemeSupport() {}

  /**
   * The themes the activities imply, each with the reason, in theme order.
   *
   * @param classification the classification; not null
   * @return a new map from theme to a clause saying why, empty when nothing is implied
   */
  static Map<Theme, String> implied(Classification classification) {
    Map<Theme, String> implied = new EnumMap<>(Theme.class);
    for (Theme theme : impliedThemes(classification)) {
      implied.put(theme, reason(theme, classification));
    }
    return implied;
  }

  /**
   * The themes the activities imply, without the reasons, which the rules build only for a theme
   * they report.
   *
   * @param classification the classification; not null
   * @return a new set, in theme order
   */
  static Set<Theme> impliedThemes(Classification classification) {
    int areas = 0;
    int themes = 0;
    Optional<Activity> primary = classification.primaryActivity();
    if (primary.isPresent()) {
      areas |= 1 << primary.get().area().ordinal();
      themes |= themesImpliedBy(primary.get());
    }
    List<Activity> secondaries = classification.secondaryActivities();
    for (int i = 0; i < secondaries.size(); i++) {
      areas |= 1 << secondaries.get(i).area().ordinal();
      themes |= themesImpliedBy(secondaries.get(i));
    }
    if (Integer.bitCount(areas) >= 2) {
      themes |= 1 << COMPREHENSIVE_MIGRATION_MANAGEMENT.ordinal();
    }
    return THEME_SETS.get(themes);
  }

  /** The themes an activity implies on its own, one bit for each by its ordinal. */
  private static int themesImpliedBy(Activity activity) {
    int themes = 0;
    if (activity.area() == Area.MIGRATION_AND_DEVELOPMENT) {
      themes |= 1 << MIGRATION_AND_SUSTAINABLE_DEVELOPMENT.ordinal();
    }
    if (TRAFFICKING.contains(activity)) {
      themes |= 1 << MIGRANTS_HUMAN_RIGHTS.ordinal();
    }
    return themes;
  }

  private static ImmutableList<ImmutableSet<Theme>> everySetOfThemes() {
    Theme[] themes = Theme.values();
    ImmutableList.Builder<ImmutableSet<Theme>> sets = ImmutableList.builder();
    for (int bits = 0; bits < 1 << themes.length; bits++) {
      EnumSet<Theme> set = EnumSet.noneOf(Theme.class);
      for (Theme theme : themes) {
        if ((bits & 1 << theme.ordinal()) != 0) {
          set.add(theme);
        }
      }
      sets.add(Sets.immutableEnumSet(set));
    }
    return sets.build();
  }

  static String reason(Theme theme, Classification classification) {
    return switch (theme) {
      case COMPREHENSIVE_MIGRATION_MANAGEMENT ->
          "its activities span the areas " + codes(classification.areas());
      case MIGRATION_AND_SUSTAINABLE_DEVELOPMENT ->
          firstActivity(
                      classification, activity -> activity.area() == Area.MIGRATION_AND_DEVELOPMENT)
                  .code()
              + " is a Migration and Development activity";
      case MIGRANTS_HUMAN_RIGHTS ->
          firstActivity(classification, TRAFFICKING::contains).code()
              + " protects people affected by trafficking and smuggling";
      case REGIONAL_CONSULTATIVE_PROCESSES, POLICY_COHERENCE ->
          throw new IllegalArgumentException(theme + " is never implied by activities alone");
    };
  }

  /**
   * The themes a programme supports: those its activities imply and those other parts of its
   * classification or its partners bear out.
   *
   * @param programme the programme; not null
   * @return a new set, in theme order
   */
  static Set<Theme> supported(Programme programme) {
    Set<Theme> implied = impliedThemes(programme.classification());
    Set<Theme> supported = EnumSet.noneOf(Theme.class);
    for (Theme theme : Theme.values()) {
      if (isSupported(theme, implied, programme)) {
        supported.add(theme);
      }
    }
    return supported;
  }

  /**
   * Whether a programme supports one theme, so that a rule asks only about the themes listed.
   *
   * @param theme the theme; not null
   * @param implied what {@link #impliedThemes} gives for the programme's classification
   * @param programme the programme; not null
   * @return true when the theme is implied or otherwise borne out
   */
  static boolean isSupported(Theme theme, Set<Theme> implied, Programme programme) {
    return implied.contains(theme) || hasFurtherSupport(theme, programme);
  }

  /**
   * What supports a theme, as a clause for messages.
   *
   * @param theme the theme; not null
   * @return the clause, never null
   */
  static String evidence(Theme theme) {
    return switch (theme) {
      case COMPREHENSIVE_MIGRATION_MANAGEMENT ->
          "activities in two or more areas, or the cross-cutting activity "
              + POLICY_DEBATE_AND_GUIDANCE.code()
              + " or "
              + TECHNICAL_COOPERATION_AND_CAPACITY_BUILDING.code();
      case REGIONAL_CONSULTATIVE_PROCESSES ->
          "the cross-cutting activity "
              + REGIONAL_AND_INTERNATIONAL_COOPERATION.code()
              + " or the modality "
              + Modality.INTERNATIONAL_COOPERATION.code();
      case MIGRATION_AND_SUSTAINABLE_DEVELOPMENT ->
          "a Migration and Development activity, or the target group " + DIASPORA.code();
      case MIGRANTS_HUMAN_RIGHTS ->
          codes(TRAFFICKING)
              + ", the cross-cutting activity "
              + MIGRANTS_RIGHTS_AND_INTERNATIONAL_MIGRATION_LAW.code()
              + ", or the target group "
              + VICTIMS_OF_TRAFFICKING.code()
              + " or "
              + SMUGGLED_MIGRANTS.code();
      case POLICY_COHERENCE ->
          "the cross-cutting activity "
              + POLICY_DEBATE_AND_GUIDANCE.code()
              + " or "
              + MIGRATION_HEALTH.code()
              + ", or two or more partner agencies";
    };
  }

  // Support beyond what implied() finds; evidence() describes both together.
  private static boolean hasFurtherSupport(Theme theme, Programme programme) {
    Classification classification = programme.classification();
    List<CrossCuttingActivity> crossCutting = classification.crossCuttingActivities();
    return switch (theme) {
      case COMPREHENSIVE_MIGRATION_MANAGEMENT ->
          crossCutting.contains(POLICY_DEBATE_AND_GUIDANCE)
              || crossCutting.contains(TECHNICAL_COOPERATION_AND_CAPACITY_BUILDING);
      case REGIONAL_CONSULTATIVE_PROCESSES ->
          crossCutting.contains(REGIONAL_AND_INTERNATIONAL_COOPERATION)
              || classification.modalities().contains(Modality.INTERNATIONAL_COOPERATION);
      case MIGRATION_AND_SUSTAINABLE_DEVELOPMENT ->
          classification.targetGroups().contains(DIASPORA);
      case MIGRANTS_HUMAN_RIGHTS ->
          crossCutting.contains(MIGRANTS_RIGHTS_AND_INTERNATIONAL_MIGRATION_LAW)
              || classification.targetGroups().contains(VICTIMS_OF_TRAFFICKING)
              || classification.targetGroups().contains(SMUGGLED_MIGRANTS);
      case POLICY_COHERENCE ->
          crossCutting.contains(POLICY_DEBATE_AND_GUIDANCE)
              || crossCutting.contains(MIGRATION_HEALTH)
              || hasTwoPartners(programme.partners());
    };
  }

  private static boolean hasTwoPartners(List<Agency> partners) {
    for (int i = 1; i < partners.size(); i++) {
      if (partners.get(i) != partners.get(0)) {
        return true;
      }
    }
    return false;
  }

  private static Activity firstActivity(Classification classification, Predicate<Activity> test) {
    return classification.activities().stream().filter(test).findFirst().orElseThrow();
  }

  private static String codes(Set<? extends Term> terms) {
    return String.join(" and ", terms.stream().map(Term::code).toList());
  }
}
