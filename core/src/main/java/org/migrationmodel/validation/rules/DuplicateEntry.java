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

  @Override
  public void check(Programme programme, RuleContext context) {
    Classification classification = programme.classification();
    Repeats repeats = new Repeats(context);
    repeats.report(
        classification.secondaryActivities(),
        Term::code,
        REMOVE,
        "classification",
        "secondaryActivities");
    repeats.report(
        classification.crossCuttingActivities(),
        Term::code,
        REMOVE,
        "classification",
        "crossCuttingActivities");
    repeats.report(classification.themes(), Term::code, REMOVE, "classification", "themes");
    repeats.report(classification.modalities(), Term::code, REMOVE, "classification", "modalities");
    repeats.report(classification.drivers(), Term::code, REMOVE, "classification", "drivers");
    repeats.report(
        classification.targetGroups(), Term::code, REMOVE, "classification", "targetGroups");
    repeats.report(programme.partners(), Term::code, REMOVE, "partners");
    repeats.report(
        programme.countries(),
        (ProgrammeCountry country) -> country.code() + " as " + country.role().code(),
        REMOVE,
        "countries");
    programme
        .budget()
        .ifPresent(
            budget ->
                repeats.report(
                    budget.allocations(),
                    (Allocation allocation) -> "The allocation to " + allocation.activity().code(),
                    "merge the two shares into one allocation",
                    "budget",
                    "allocations"));
  }

  /** Reports the later entries of a list that repeat an earlier one. */
  private static final class Repeats {
    private final RuleContext context;

    Repeats(RuleContext context) {
      this.context = context;
    }

    /**
     * Reports every entry whose description equals an earlier entry's; the description names
     * exactly what makes two entries the same.
     */
    <T> void report(List<T> entries, Function<T, String> describe, String fix, String... listPath) {
      Map<String, Integer> firstIndex = new HashMap<>();
      for (int i = 0; i < entries.size(); i++) {
        String description = describe.apply(entries.get(i));
        Integer first = firstIndex.putIfAbsent(description, i);
        if (first != null) {
          context.report(
              ListEntries.pointer(listPath, i),
              description
                  + " repeats entry "
                  + first
                  + " of "
                  + listPath[listPath.length - 1]
                  + "; "
                  + fix
                  + ".");
        }
      }
    }
  }
}
