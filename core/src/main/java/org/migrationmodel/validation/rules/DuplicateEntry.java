package org.migrationmodel.validation.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.migrationmodel.programme.Allocation;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.programme.ProgrammeCountry;
import org.migrationmodel.taxonomy.Term;
import org.migrationmodel.validation.RuleContext;

/**
 * No list repeats a value: the lists of terms, the countries (the same code in the same role) and
 * the allocations (the same activity).
 */
public final class DuplicateEntry implements ProgrammeCheck {
  private static final String REMOVE = "remove the repeat";
  private static final String MERGE = "merge the two shares into one allocation";
  // Up to this length a list is compared pair by pair, which allocates nothing; longer ones are
  // hashed, so that a list of thousands of entries still takes linear time.
  private static final int PAIRWISE_MAX = 16;

  // What makes two entries the same, and how a message names an entry: terms are the same term;
  // countries the same code in the same role; allocations go to the same activity.
  private static final Function<Term, Object> TERM = term -> term;
  private static final Function<Term, String> CODE = Term::code;
  private static final Function<ProgrammeCountry, Object> COUNTRY = country -> country;
  private static final Function<ProgrammeCountry, String> COUNTRY_IN_ROLE =
      country -> country.code() + " as " + country.role().code();
  private static final Function<Allocation, Object> ACTIVITY = Allocation::activity;
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
    report(programme.countries(), COUNTRY, COUNTRY_IN_ROLE, REMOVE, ListEntries.COUNTRIES, context);
    programme
        .budget()
        .ifPresent(
            budget ->
                report(
                    budget.allocations(),
                    ACTIVITY,
                    ALLOCATION_TO,
                    MERGE,
                    ListEntries.ALLOCATIONS,
                    context));
  }

  @SuppressWarnings("unchecked") // Lists of terms are only read, as lists of Term.
  private static void terms(List<? extends Term> terms, ListEntries list, RuleContext context) {
    report((List<Term>) terms, TERM, CODE, REMOVE, list, context);
  }

  /** Reports every entry that is the same as an earlier entry, naming the earliest. */
  private static <T> void report(
      List<T> entries,
      Function<T, Object> sameness,
      Function<T, String> describe,
      String fix,
      ListEntries list,
      RuleContext context) {
    if (entries.size() < 2) {
      return;
    }
    Map<Object, Integer> firstIndex = entries.size() > PAIRWISE_MAX ? new HashMap<>() : null;
    for (int i = 0; i < entries.size(); i++) {
      Object key = sameness.apply(entries.get(i));
      int first =
          firstIndex == null ? earlier(entries, sameness, key, i) : earlier(firstIndex, key, i);
      if (first >= 0) {
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

  /** The index of the first entry before {@code end} with the key, or -1. */
  private static <T> int earlier(
      List<T> entries, Function<T, Object> sameness, Object key, int end) {
    for (int j = 0; j < end; j++) {
      if (sameness.apply(entries.get(j)).equals(key)) {
        return j;
      }
    }
    return -1;
  }

  /** The index of the first entry with the key, or -1 after remembering this one as the first. */
  private static int earlier(Map<Object, Integer> firstIndex, Object key, int index) {
    Integer first = firstIndex.putIfAbsent(key, index);
    return first == null ? -1 : first;
  }
}
