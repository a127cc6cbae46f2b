package org.migrationmodel.validation.rules;

import java.util.List;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.taxonomy.Catalogue;
import org.migrationmodel.taxonomy.Term;
import org.migrationmodel.validation.Pointers;
import org.migrationmodel.validation.RuleContext;

/** Every term the programme uses is active in the validator's catalogue. */
public final class WithdrawnCode implements ProgrammeCheck {
  @Override
  public void check(Programme programme, RuleContext context) {
    Uses uses = new Uses(context);
    Classification classification = programme.classification();
    classification
        .primaryActivity()
        .ifPresent(term -> uses.check(term, "classification", "primaryActivity"));
    classification
        .declaredPrimaryArea()
        .ifPresent(term -> uses.check(term, "classification", "declaredPrimaryArea"));
    uses.checkAll(classification.secondaryActivities(), "classification", "secondaryActivities");
    uses.checkAll(
        classification.crossCuttingActivities(), "classification", "crossCuttingActivities");
    uses.checkAll(classification.themes(), "classification", "themes");
    uses.checkAll(classification.modalities(), "classification", "modalities");
    uses.checkAll(classification.drivers(), "classification", "drivers");
    uses.checkAll(classification.targetGroups(), "classification", "targetGroups");
    for (int i = 0; i < programme.countries().size(); i++) {
      uses.check(programme.countries().get(i).role(), "countries", i, "role");
    }
    uses.checkAll(programme.partners(), "partners");
    programme
        .budget()
        .ifPresent(
            budget -> {
              for (int i = 0; i < budget.allocations().size(); i++) {
                uses.check(
                    budget.allocations().get(i).activity(), "budget", "allocations", i, "activity");
              }
            });
  }

  /** Reports each use of a withdrawn term where it stands. */
  private static final class Uses {
    private final RuleContext context;
    private final Catalogue catalogue;

    Uses(RuleContext context) {
      this.context = context;
      this.catalogue = context.catalogue();
    }

    void checkAll(List<? extends Term> terms, String... path) {
      for (int i = 0; i < terms.size(); i++) {
        report(terms.get(i), ListEntries.pointer(path, i));
      }
    }

    void check(Term term, Object... tokens) {
      report(term, Pointers.of(tokens));
    }

    private void report(Term term, String pointer) {
      if (!catalogue.isActive(term)) {
        context.report(
            pointer,
            "The "
                + term.vocabulary().id()
                + " code "
                + term.code()
                + " was withdrawn in catalogue version "
                + catalogue.lifecycle(term).withdrawnIn().orElse(catalogue.version())
                + "; replace it with an active code.");
      }
    }
  }
}
