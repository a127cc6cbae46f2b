package org.migrationmodel.iati;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.migrationmodel.validation.Finding;

/**
 * One {@code iati-activity} as read, before anything is mapped: what the file says in its own
 * terms, each part with the place it was read. IATI 1.0x spellings are already read as their 2.0x
 * codes (activity date types, budget types and statuses, organisation roles, sector vocabularies),
 * so that the mapping sees one form whatever the activity's version. Immutable.
 *
 * @param at the {@code iati-activity} element
 * @param language the language of narratives without their own: the activity's {@code xml:lang},
 *     else {@code en}
 * @param defaultCurrency the activity's {@code default-currency}
 * @param hierarchy the activity's {@code hierarchy}, its level among the reporting organisation's
 *     activities: 1 when it gives none or one that is not a whole number of at least 1, as IATI
 *     assumes
 * @param identifier the {@code iati-identifier}, stripped; empty when there is none
 * @param identifierAt the {@code iati-identifier} element kept; the activity when there is none
 * @param reportingRef the reporting organisation's identifier; empty when none is given
 * @param otherIdentifiers the {@code other-identifier} elements of IATI 2.0x
 * @param titles the title's narratives, or for IATI 1.0x each title's text
 * @param descriptions the general description's narratives, likewise; without a general
 *     description, the objectives' (description type 2)
 * @param participants the participating organisations
 * @param dates the activity dates with a valid type and date
 * @param countries the recipient countries at activity level
 * @param regions the recipient regions at activity level
 * @param sectors the sectors at activity level, of any vocabulary
 * @param tags the tags, of any vocabulary
 * @param budgets the budgets with a valid period and value
 * @param transactions the transactions' values, sectors and countries
 * @param relations the parent and child activities it names ({@code related-activity} of
 *     RelatedActivityType 1 and 2)
 * @param findings what reading found wrong, in document order, up to {@link
 *     ElementReader#MAX_FINDINGS}
 * @param findingsLeftOut how many more reading found
 * @param notKept what reading found no place for
 */
record RawActivity(
    At at,
    String language,
    Optional<String> defaultCurrency,
    int hierarchy,
    Optional<String> identifier,
    At identifierAt,
    Optional<String> reportingRef,
    ImmutableList<OtherIdentifier> otherIdentifiers,
    ImmutableList<Narrative> titles,
    ImmutableList<Narrative> descriptions,
    ImmutableList<Organisation> participants,
    ImmutableList<ActivityDate> dates,
    ImmutableList<Share> countries,
    ImmutableList<Share> regions,
    ImmutableList<Code> sectors,
    ImmutableList<Code> tags,
    ImmutableList<BudgetLine> budgets,
    ImmutableList<Transaction> transactions,
    ImmutableList<Relation> relations,
    ImmutableList<Finding> findings,
    int findingsLeftOut,
    ImmutableList<NotKept> notKept) {

  /** A text in a language, such as one narrative of a title. */
  record Narrative(String language, String text, At at) {}

  /** An {@code other-identifier}: its {@code ref} and its OtherIdentifierType code. */
  record OtherIdentifier(String ref, String type, At at) {}

  /**
   * A participating organisation.
   *
   * @param role its OrganisationRole code, 1 (funding) to 4 (implementing), or as written
   */
  record Organisation(Optional<String> ref, String role, Optional<String> name, At at) {}

  /**
   * An activity date.
   *
   * @param type its ActivityDateType code: 1 planned start, 2 actual start, 3 planned end, 4 actual
   *     end
   */
  record ActivityDate(String type, LocalDate date, At at) {}

  /**
   * A recipient country or region and its share.
   *
   * @param code the country's ISO 3166-1 code or the region's code
   * @param vocabulary the region vocabulary, {@code 1} (OECD DAC) by default; {@code 1} for a
   *     country
   */
  record Share(String code, String vocabulary, Optional<BigDecimal> percentage, At at) {}

  /**
   * A sector or a tag.
   *
   * @param vocabulary its vocabulary code, {@code 1} (OECD DAC) by default for a sector
   * @param uri the {@code vocabulary-uri}, for vocabularies 98 and 99
   * @param percentage the share, for a sector that gives one
   */
  record Code(
      String vocabulary,
      Optional<String> uri,
      String code,
      Optional<BigDecimal> percentage,
      At at) {}

  /**
   * A budget.
   *
   * @param type its BudgetType code: 1 original, 2 revised
   * @param status its BudgetStatus code: 1 indicative, 2 committed
   * @param currency the value's own currency; empty when the activity's default applies
   */
  record BudgetLine(
      String type,
      String status,
      LocalDate start,
      LocalDate end,
      BigDecimal value,
      Optional<String> currency,
      At at) {}

  /**
   * What a transaction says of where the money goes.
   *
   * @param value its value; empty when it gives none that can be read
   * @param currency the value's own currency; empty when the activity's default applies
   */
  record Transaction(
      Optional<BigDecimal> value,
      Optional<String> currency,
      ImmutableList<Code> sectors,
      ImmutableList<Share> countries,
      At at) {}

  /**
   * A parent or child activity that this one names.
   *
   * @param ref the other activity's identifier, stripped
   * @param parent whether the other activity is this one's parent (RelatedActivityType 1), rather
   *     than its child (2)
   */
  record Relation(String ref, boolean parent, At at) {}
}
