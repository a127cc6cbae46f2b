package org.migrationmodel.validation;

import com.google.common.collect.Lists;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.migrationmodel.programme.Allocation;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.programme.ProgrammeCountry;
import org.migrationmodel.taxonomy.Term;

/**
 * No list repeats a value: the lists of terms, the countries (the same code in the same role) and
 * the allocations (the same activity).
 */
final class DuplicateEntry implements Rule {
  private static final String REMOVE = "remove the repeat";
  private static final String MERGE = "merge the two shares into one allocation";
  // Up to this length a list is compared pair by pair, which allocates nothing; longer ones are
  // hashed, so that a list of thousands of entries still takes linear time.
  private static final int PAIRWISE_MAX = 16;

  // How a message names an entry; built only for an entry that repeats another.
  private static final Function<Term, String> CODE = Term::code;
  private static final Function<ProgrammeCountry, String> COUNTRY_IN_ROLE =
      country -> country.code() + " as " + country.role().code();
  private static final Function<Allocation, String> ALLOCATION_TO =
      allocation -> "The allocation to " + allocation.activity().code();

  @Override
  public void check(Programme programme, RuleContext context) {
    Classification classification = programme.classification();
    terms(classification.secondaryActivities(), ListEntries.SECONDARY_ACTIVITIES, context);
    terms(classification.crossCuttingActivities(), ListEntries.CROSS_CUTTING_ACTIVITIES, context);
    terms(classification.themes(), ListEntries.THEMES, context);
    terms(classification.modalities(), ListEntries.MODALITIES, context);
    terms(classification.drivers(), ListEntries.DRIVERS, context);
    terms(classification.targetGroups(), ListEntries.TARGET_GROUPS, context);
    terms(programme.partners(), ListEntries.PARTNERS, context);
    // Two countries are the same when they have the same code in the same role, as their equals
    // says.
    List<ProgrammeCountry> countries = programme.countries();
    report(countries, countries, COUNTRY_IN_ROLE, REMOVE, ListEntries.COUNTRIES, context);
    List<Allocation> allocations = Allocations.of(programme);
    report(
        allocations,
        Lists.transform(allocations, Allocation::activity),
        ALLOCATION_TO,
        MERGE,
        ListEntries.ALLOCATIONS,
        context);
  }

  @SuppressWarnings("unchecked") // Lists of terms are only read, as lists of Term.
  private static void terms(List<? extends Term> terms, ListEntries list, RuleContext context) {
    report((List<Term>) terms, terms, CODE, REMOVE, list, context);
  }

  /**
   * Reports every entry whose key equals an earlier entry's, naming the earliest.
   *
   * @param keys what makes entries the same, one for each entry
   */
  private static <T> void report(
      List<T> entries,
      List<?> keys,
      Function<T, String> describe,
      String fix,
      ListEntries list,
      RuleContext context) {
    if (keys.size() < 2) {
      return;
    }
    Map<Object, Integer> firstIndexes = keys.size() > PAIRWISE_MAX ? new HashMap<>() : null;
    for (int i = 0; i < keys.size(); i++) {
      int first =
          firstIndexes == null
              ? firstEqual(keys, i)
              : firstIndexes.merge(keys.get(i), i, Math::min);
      if (first != i) {
        context.report(
            list.pointer(i),
            describe.apply(entries.get(i))
                + " repeats entry "
                + first
                + " of "
                + list.name()
                + "; "
                + fix
                + ".");
      }
    }
  }

  /** The index of the first key equal to key {@code i}: {@code i} itself when none before it is. */
  private static int firstEqual(List<?> keys, int i) {
    Object key = keys.get(i);
    for (int j = 0; j < i; j++) {
      if (keys.get(j).equals(key)) {
        return j;
      }
    }
    return i;
  }
}
