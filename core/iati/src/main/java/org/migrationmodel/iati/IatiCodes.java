package org.migrationmodel.iati;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Locale;

/**
 * IATI 1.0x spellings of codes read as their IATI 2.0x codes, so that the mapping sees one form.
 * IATI 1.0x named activity date types ({@code start-planned}), budget types and statuses ({@code
 * Original}), description types ({@code General}), organisation roles ({@code Implementing}) and
 * sector vocabularies ({@code DAC}, {@code RO}) where 2.0x has numbers; the 2.0x codelists
 * (ActivityDateType, BudgetType, BudgetStatus, DescriptionType, OrganisationRole, SectorVocabulary)
 * give the numbers. A code already numeric, or unknown, is kept as written.
 */
final class IatiCodes {
  private static final ImmutableMap<String, String> DATE_TYPES =
      ImmutableMap.of(
          "start-planned", "1", "start-actual", "2", "end-planned", "3", "end-actual", "4");
  private static final ImmutableMap<String, String> BUDGET_TYPES =
      ImmutableMap.of("original", "1", "revised", "2");
  private static final ImmutableMap<String, String> BUDGET_STATUSES =
      ImmutableMap.of("indicative", "1", "committed", "2");
  private static final ImmutableMap<String, String> ROLES =
      ImmutableMap.of("funding", "1", "accountable", "2", "extending", "3", "implementing", "4");
  private static final ImmutableMap<String, String> DESCRIPTION_TYPES =
      ImmutableMap.of("general", "1", "objectives", "2", "target groups", "3");
  private static final ImmutableMap<String, String> SECTOR_VOCABULARIES =
      ImmutableMap.of(
          "dac", "1", "dac-3", "2", "cofog", "3", "nace", "4", "ntee", "5", "adt", "6", "ro", "99",
          "ro2", "98");

  /** The codes of IATI's SectorVocabulary codelist (2.03). */
  private static final ImmutableSet<String> LISTED_SECTOR_VOCABULARIES =
      ImmutableSet.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "98", "99");

  private IatiCodes() {}

  static String dateType(String code) {
    return read(DATE_TYPES, code);
  }

  /** The budget type; IATI takes an absent one as 1, original. */
  static String budgetType(String code) {
    return code == null ? "1" : read(BUDGET_TYPES, code);
  }

  /** The budget status; IATI takes an absent one as 1, indicative. */
  static String budgetStatus(String code) {
    return code == null ? "1" : read(BUDGET_STATUSES, code);
  }

  /** The description type; IATI takes an absent one as 1, general. */
  static String descriptionType(String code) {
    return code == null ? "1" : read(DESCRIPTION_TYPES, code);
  }

  static String role(String code) {
    return read(ROLES, code);
  }

  /** The sector vocabulary; IATI takes an absent one as 1, OECD DAC five-digit purpose codes. */
  static String sectorVocabulary(String code) {
    return code == null || code.isBlank() ? "1" : read(SECTOR_VOCABULARIES, code);
  }

  /**
   * Whether a sector vocabulary, as {@link #sectorVocabulary} reads it, is one IATI lists; the
   * codes of another mean what only their publisher knows.
   */
  static boolean isListedSectorVocabulary(String vocabulary) {
    return LISTED_SECTOR_VOCABULARIES.contains(vocabulary);
  }

  private static String read(ImmutableMap<String, String> names, String code) {
    if (code == null) {
      return "";
    }
    String value = code.strip();
    return names.getOrDefault(value.toLowerCase(Locale.ROOT), value);
  }
}
