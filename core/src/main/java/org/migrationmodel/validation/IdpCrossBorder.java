package org.migrationmodel.validation;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.programme.ProgrammeCountry;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.CountryRole;
import org.migrationmodel.taxonomy.PopulationGroup;

/**
 * A programme about internal displacement does not move people from a country of origin to another
 * country of destination. Such a programme is one whose primary activity is {@link
 * Activity#INTERNALLY_DISPLACED_PERSONS}, or whose target groups are internally displaced persons
 * and no one else; a programme that also serves refugees or host communities may rightly span
 * borders.
 */
final class IdpCrossBorder implements Rule {
  @Override
  public void check(Programme programme, RuleContext context) {
    if (!concernsInternalDisplacement(programme.classification())) {
      return;
    }
    List<ProgrammeCountry> countries = programme.countries();
    Set<String> origins = codesWithRole(countries, CountryRole.ORIGIN);
    for (int i = 0; i < countries.size(); i++) {
      ProgrammeCountry country = countries.get(i);
      if (country.role() != CountryRole.DESTINATION) {
        continue;
      }
      Set<String> otherOrigins = new TreeSet<>(origins);
      otherOrigins.remove(country.code());
      if (!otherOrigins.isEmpty()) {
        context.report(
            Pointers.of("countries", i, "role"),
            "The programme concerns internally displaced persons, yet it moves people from "
                + String.join(", ", otherOrigins)
                + " as ORIGIN to "
                + country.code()
                + " as DESTINATION; displacement within a country crosses no border, so give the"
                + " country of displacement the role HOST, or classify the programme under another"
                + " activity.");
      }
    }
  }

  /**
   * Whether a classification is about internal displacement: its primary activity is {@link
   * Activity#INTERNALLY_DISPLACED_PERSONS}, or its only target group is {@link
   * PopulationGroup#INTERNALLY_DISPLACED_PERSONS}.
   *
   * @param classification the classification; not null
   * @return true when it is
   */
  static boolean concernsInternalDisplacement(Classification classification) {
    if (classification.primaryActivity().orElse(null) == Activity.INTERNALLY_DISPLACED_PERSONS) {
      return true;
    }
    List<PopulationGroup> targets = classification.targetGroups();
    for (int i = 0; i < targets.size(); i++) {
      if (targets.get(i) != PopulationGroup.INTERNALLY_DISPLACED_PERSONS) {
        return false;
      }
    }
    return !targets.isEmpty();
  }

  private static Set<String> codesWithRole(List<ProgrammeCountry> countries, CountryRole role) {
    return countries.stream()
        .filter(country -> country.role() == role)
        .map(ProgrammeCountry::code)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
