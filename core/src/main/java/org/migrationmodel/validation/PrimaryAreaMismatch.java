package org.migrationmodel.validation;

import java.util.List;
import java.util.Optional;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.taxonomy.Area;

/** A declared primary area is the area of the primary activity. */
final class PrimaryAreaMismatch implements Rule {
  @Override
  public void check(Programme programme, RuleContext context) {
    Classification classification = programme.classification();
    Optional<Area> declared = classification.declaredPrimaryArea();
    Optional<Area> actual = classification.primaryArea();
    if (declared.isPresent() && actual.isPresent() && declared.get() != actual.get()) {
      context.report(
          Pointers.of("classification", "declaredPrimaryArea"),
          "The declared primary area "
              + declared.get().code()
              + " is not "
              + actual.get().code()
              + ", the area of the primary activity "
              + classification.primaryActivity().orElseThrow().code()
              + "; declare "
              + actual.get().code()
              + " or change the primary activity.",
          List.of(actual.get().code()));
    }
  }
}
