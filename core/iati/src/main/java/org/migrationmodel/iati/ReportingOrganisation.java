package org.migrationmodel.iati;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * The organisation that publishes the activities: its IATI organisation identifier, which begins
 * every activity identifier, its type on IATI's OrganisationType codelist, and its name.
 *
 * @param ref the organisation identifier, such as {@code XM-DAC-47066}; not blank
 * @param type the organisation type code, such as {@code 40} (multilateral); not blank
 * @param name the organisation's name, written as the reporting organisation's narrative; not blank
 */
public record ReportingOrganisation(String ref, String type, String name) {

  /** The organisation type code IATI gives multilateral organisations. */
  public static final String MULTILATERAL = "40";

  /**
   * Checks the parts.
   *
   * @param ref the organisation identifier, such as {@code XM-DAC-47066}; not blank
   * @param type the organisation type code, such as {@code 40} (multilateral); not blank
   * @param name the organisation's name, written as the reporting organisation's narrative; not
   *     blank
   */
  public ReportingOrganisation {
    checkArgument(!checkNotNull(ref, "ref").isBlank(), "The organisation identifier is blank");
    checkArgument(!checkNotNull(type, "type").isBlank(), "The organisation type is blank");
    checkArgument(!checkNotNull(name, "name").isBlank(), "The organisation name is blank");
  }

  /**
   * IOM, which publishes to IATI as {@code XM-DAC-47066} (47066 is its OECD DAC channel code).
   *
   * @return IOM as a multilateral reporting organisation, never null
   */
  public static ReportingOrganisation iom() {
    return new ReportingOrganisation(
        Agencies.IOM_REF, MULTILATERAL, "International Organization for Migration");
  }
}
