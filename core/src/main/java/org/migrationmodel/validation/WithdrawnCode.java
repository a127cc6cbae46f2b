package org.migrationmodel.validation;

import java.util.List;
import java.util.Optional;
import org.migrationmodel.programme.Allocation;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.programme.ProgrammeCountry;
import org.migrationmodel.taxonomy.Catalogue;
import org.migrationmodel.taxonomy.Term;

/** Every term the programme uses is active in the validator's catalogue. */
final class WithdrawnCode implements Rule {
  @Override
  public void check(Programme programme, RuleContext context) {
    // A catalogue that withdraws nothing, such as the standard one, leaves nothing to look for.
    if (context.catalogue().withdrawnTerms().isEmpty()) {
      return;
    }
    Classification classification = programme.classification();
    checkOne(classification.primaryActivity(), "primaryActivity", context);
    checkOne(classification.declaredPrimaryArea(), "declaredPrimaryArea", context);
    checkAll(classification.secondaryActivities(), ListEntries.SECONDARY_ACTIVITIES, context);
    checkAll(
        classification.crossCuttingActivities(), ListEntries.CROSS_CUTTING_ACTIVITIES, context);
    checkAll(classification.themes(), ListEntries.THEMES, context);
    checkAll(classification.modalities(), ListEntries.MODALITIES, context);
    checkAll(classification.drivers(), ListEntries.DRIVERS, context);
    checkAll(classification.targetGroups(), ListEntries.TARGET_GROUPS, context);
    Catalogue catalogue = context.catalogue();
    List<ProgrammeCountry> countries = programme.countries();
    for (int i = 0; i < countries.size(); i++) {
      Term role = countries.get(i).role();
      if (!catalogue.isActive(role)) {
        report(role, ListEntries.COUNTRIES.pointer(i, "role"), context);
      }
    }
    checkAll(programme.partners(), ListEntries.PARTNERS, context);
    List<Allocation> allocations = Allocations.of(programme);
    for (int i = 0; i < allocations.size(); i++) {
      Term activity = allocations.get(i).activity();
      if (!catalogue.isActive(activity)) {
        report(activity, ListEntries.ALLOCATIONS.pointer(i, "activity"), context);
      }
    }
  }

  private static void checkOne(
      Optional<? extends Term> term, String classificationMember, RuleContext context) {
    if (term.isPresent() && !context.catalogue().isActive(term.get())) {
      report(term.get(), Pointers.of("classification", classificationMember), context);
    }
  }

  private static void checkAll(List<? extends Term> terms, ListEntries list, RuleContext context) {
    Catalogue catalogue = context.catalogue();
    for (int i = 0; i < terms.size(); i++) {
      if (!catalogue.isActive(terms.get(i))) {
        report(terms.get(i), list.pointer(i), context);
      }
    }
  }

  // The pointer is built by the caller only once the term is known to be withdrawn.
  private static void report(Term term, String pointer, RuleContext context) {
    Catalogue catalogue = context.catalogue();
    context.report(
        pointer,
        "The "
            + term.vocabulary().id()
            + " code "
            + term.code()
            + " was withdrawn in catalogue version "
            + catalogue.lifecycle(term).withdrawnIn().orElseThrow()
            + "; replace it with an active code.");
  }
}
