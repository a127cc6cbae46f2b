package org.migrationmodel.iati;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.migrationmodel.programme.ProgrammeCountry;
import org.migrationmodel.taxonomy.CountryRole;
import org.migrationmodel.validation.Severity;

/**
 * A programme's countries from its activity. IATI names recipient countries without the role the
 * model gives each: an activity this library wrote carries the roles in its {@code country-roles}
 * tags; in any other, a country is taken as {@link CountryRole#HOST}, where the work is done, and
 * one finding says so. Recipient countries come from the activity, or, when it gives none, from its
 * transactions, heaviest first. Recipient region 998, "Developing countries, unspecified", is what
 * the exporter writes for a programme without country, read back as no country; in an activity this
 * library did not write it is a region like the others, which have no place in the model.
 */
final class RecipientCountries {
  static final CountryRole ASSUMED_ROLE = CountryRole.HOST;
  static final String UNSPECIFIED_REGION = "998";
  static final String DAC_REGIONS = "1";

  private RecipientCountries() {}

  /**
   * The programme's countries.
   *
   * @param roles the countries with their roles, from the tags of an activity this library wrote;
   *     empty otherwise
   * @param written whether this library wrote the activity
   */
  static List<ProgrammeCountry> of(
      RawActivity raw, List<ProgrammeCountry> roles, boolean written, MappingLog log) {
    for (RawActivity.Share region : raw.regions()) {
      boolean noCountry =
          written
              && region.vocabulary().equals(DAC_REGIONS)
              && region.code().equals(UNSPECIFIED_REGION);
      if (!noCountry) {
        log.notKept(
            NotKept.at(
                region.at(),
                "the model has no place for recipient regions; it keeps recipient countries"));
      }
    }
    boolean fromTransactions = raw.countries().isEmpty() && raw.regions().isEmpty();
    List<RawActivity.Share> recipients =
        fromTransactions ? TransactionShares.countries(raw.transactions()) : raw.countries();
    List<ProgrammeCountry> countries = new ArrayList<>(roles);
    Set<String> known = new LinkedHashSet<>();
    roles.forEach(country -> known.add(country.code()));
    List<String> assumed = new ArrayList<>();
    RawActivity.Share first = null;
    for (RawActivity.Share recipient : recipients) {
      if (known.add(recipient.code())) {
        countries.add(ProgrammeCountry.of(recipient.code(), ASSUMED_ROLE));
        assumed.add(recipient.code());
        first = first == null ? recipient : first;
      }
    }
    if (first != null) {
      log.problem(
          IatiProblem.ROLE_ASSUMED,
          Severity.INFO,
          first.at(),
          "IATI gives no role for recipient "
              + (assumed.size() == 1 ? "country " : "countries ")
              + String.join(", ", assumed)
              + (fromTransactions ? ", named on its transactions," : "")
              + "; "
              + (assumed.size() == 1 ? "it is" : "each is")
              + " taken as "
              + ASSUMED_ROLE.code());
    }
    return countries;
  }
}
