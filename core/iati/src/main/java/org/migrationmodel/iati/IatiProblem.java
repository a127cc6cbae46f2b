package org.migrationmodel.iati;

import org.migrationmodel.validation.FindingType;
import org.migrationmodel.validation.Severity;

/**
 * The kinds of finding the IATI import and export report. Each finding is a {@link
 * org.migrationmodel.validation.Finding} whose rule id is the kind's {@link #id()}. On import it
 * points with an XPath into the file, with positions among same-named siblings, such as {@code
 * /iati-activities/iati-activity[2]/sector[3]}, and gives the element's line; on export it points
 * with a JSON Pointer at the programme member concerned, such as {@code /period}.
 *
 * <p>A finding's severity is the kind's unless the finding says otherwise: {@link Severity#ERROR}
 * when an activity or the file could not be read or a programme could not be written, {@link
 * Severity#WARNING} when a value was left out, {@link Severity#INFO} for what the model has no
 * place for or what was assumed. Findings on one activity are in its {@link
 * ImportedActivity#findings()}; {@link #UNMAPPED} findings, one per kind of element in the file,
 * and findings on the file itself are in the {@link ImportSummary}. Match findings on {@link
 * #id()}, never on their messages.
 */
public enum IatiProblem implements FindingType {
  /**
   * Elements or attributes of the file that the programme model has no place for, one finding per
   * kind in the file, with how many there were and where the first one is.
   */
  UNMAPPED(
      "iati-unmapped",
      Severity.INFO,
      "Elements or attributes of the file that the programme model has no place for; they are not"
          + " imported. One finding stands for every element of one kind in the file, with their"
          + " count and the place of the first.",
      "IATI records far more than a classification does; saying what was not carried over lets a"
          + " user judge whether anything that matters was left behind, and saying it once per kind"
          + " keeps the findings that matter in sight."),
  /** A value that is not what IATI or the model allows, left out of the programme. */
  INVALID_VALUE(
      "iati-invalid-value",
      Severity.WARNING,
      "A value that IATI's schema, its codelists or the model does not allow; it is left out of the"
          + " programme.",
      "A value that cannot be read as what it claims to be would be guessed at; it is left out and"
          + " named instead."),
  /** Something the programme needs that the activity does not give. */
  MISSING(
      "iati-missing",
      Severity.WARNING,
      "Something the programme needs, such as an identifier or a title, that the activity does not"
          + " give.",
      "The gap is said where the activity is read, so that it is mended at its source rather than"
          + " found later as an invalid programme."),
  /**
   * An element given more often than the programme can hold, the first one kept; or an activity's
   * identifier read twice in a file.
   */
  REPEATED(
      "iati-repeated",
      Severity.WARNING,
      "An element given more often than the programme can hold it, such as a second title in a"
          + " language already given (a title per language is a translation); the first is kept."
          + " Also an activity whose identifier an activity read before in the same"
          + " file has: it is taken to be the same activity again, and its budget is not counted"
          + " twice.",
      "Keeping one of several values silently would hide a choice the user may disagree with."),
  /** The classification was proposed from the activity's codes and text, not read as written. */
  PROPOSED(
      "iati-proposed",
      Severity.INFO,
      "The programme's classification was proposed from the activity's publisher codes, sectors,"
          + " tags and text, not read as this library wrote it.",
      "A proposal is a judgement, not data the publisher gave; it is marked as such so that it is"
          + " reviewed before it is counted."),
  /** The activity does not appear to be about migration, so no classification is proposed. */
  NOT_MIGRATION(
      "iati-not-migration",
      Severity.INFO,
      "The activity does not appear to be about migration, so no classification is proposed:"
          + " none of its publisher codes, sectors or tags is one the model reads as migration,"
          + " and where its codes leave the question open (it has none, or they touch on migration"
          + " only in general) its text is not confidently about migration. The finding names"
          + " what was looked at.",
      "Most activities of a donor's or an agency's file are about health, water, food or"
          + " governance; proposing a migration activity for each from a common word would bury"
          + " the real ones."),
  /** A code of a publisher's own vocabulary that the library knows, but not this code. */
  PUBLISHER_CODE_UNKNOWN(
      "iati-publisher-code-unknown",
      Severity.WARNING,
      "A sector code of a publisher vocabulary the library maps to the model (such as IOM's"
          + " project types) that the library's table does not hold; it adds nothing to the"
          + " classification.",
      "The publisher's own classification is the best evidence there is; a code the table lacks"
          + " is named so that the table can be completed, not ignored in silence."),
  /** Budgets left out of the total: replaced by a revised budget or overlapping finer ones. */
  BUDGET_LEFT_OUT(
      "iati-budget-left-out",
      Severity.INFO,
      "Budgets left out of the programme's total, following IATI's guidance: an original budget"
          + " (type 1) a revised one (type 2) replaces, a second budget for the same period, a"
          + " budget whose period overlaps finer ones that are kept, or the budget of an activity"
          + " whose parent or child, or an activity with its identifier, read before it in the"
          + " same file, has one for the same period. The finding names each.",
      "Publishers often give a year and its quarters, the same amount twice, or a grant's amount"
          + " on its parent activity and again on its child; adding them all up would double the"
          + " budget."),
  /** A negative budget value, left out of the total. */
  NEGATIVE_BUDGET(
      "iati-negative-budget",
      Severity.WARNING,
      "A budget with a negative value; it is left out of the programme's total.",
      "A budget is a plan to spend, never below zero; a negative value is usually a correction"
          + " meant for a transaction, and subtracting it silently would hide it."),
  /** A country's role in the programme was assumed, as IATI does not say it. */
  ROLE_ASSUMED(
      "iati-role-assumed",
      Severity.INFO,
      "A country's role in the programme (origin, transit, destination...) was assumed, because IATI"
          + " names recipient countries without a role.",
      "The model distinguishes the roles a country plays in migration; IATI does not, so the"
          + " assumption is stated."),
  /**
   * The identifier does not begin with its reporting organisation's identifier, or a previous one
   * declared as an other-identifier of type B1, and a hyphen.
   */
  IDENTIFIER_PREFIX(
      "iati-identifier-prefix",
      Severity.WARNING,
      "The activity's identifier does not begin with its reporting organisation's identifier, nor"
          + " with a previous identifier of it declared as other-identifier type B1, and a hyphen.",
      "IATI's rules make identifiers globally unique by that prefix; one without it may collide"
          + " with another publisher's."),
  /** The file is not a well-formed IATI activities file; reading stopped there. */
  MALFORMED(
      "iati-malformed",
      Severity.ERROR,
      "The file is not well-formed XML or not an IATI activities file; reading stopped there.",
      "What follows a syntax error cannot be read reliably; the count of activities read says how"
          + " far the import got."),
  /** The file declares a document type; DTDs are refused, so no entity is ever expanded. */
  DTD_REFUSED(
      "iati-dtd-refused",
      Severity.ERROR,
      "The file declares a document type (DTD); the file is refused.",
      "IATI files have no DTD; refusing one means no entity is ever expanded, which closes the"
          + " door to entity-expansion and external-entity attacks."),
  /** A limit of the reader was exceeded: depth, size of one activity, or size of the file. */
  LIMIT_EXCEEDED(
      "iati-limit-exceeded",
      Severity.ERROR,
      "The file goes beyond one of the reader's limits: nesting depth, the size of one activity,"
          + " the size of the file, or the number of findings kept.",
      "The limits keep a hostile or corrupt file from exhausting memory or time."),
  /** A programme that cannot be written as a valid IATI activity, and was not written. */
  NOT_EXPORTED(
      "iati-not-exported",
      Severity.ERROR,
      "A programme that cannot be written as an activity that IATI's schema accepts; it was not"
          + " written.",
      "Writing an activity the schema refuses would make the whole file fail IATI's validator."),
  /** A programme written as an activity that IATI's validator will question. */
  EXPORT_GAP(
      "iati-export-gap",
      Severity.WARNING,
      "A programme was written as an activity that IATI's validator or its rules will question, or"
          + " something was assumed to write it.",
      "Publishers see in advance what IATI's validator will say, and what the export assumed on"
          + " their behalf."),
  /** Several activities without allocations, written with equal sector percentages. */
  EQUAL_SHARES(
      "iati-equal-shares",
      Severity.INFO,
      "The programme has several activities and allocates no budget to them; their sectors of"
          + " vocabulary 99 were written with equal percentages, as IATI asks for percentages that"
          + " sum to 100.",
      "IATI's rule 2.1.1 needs a percentage on every sector of a vocabulary with several; equal"
          + " shares are the assumption that claims nothing, and a tag tells the importer that"
          + " they are not allocations."),
  /** A programme without country, written for IATI's region 998. */
  REGION_ASSUMED(
      "iati-region-998",
      Severity.INFO,
      "The programme names no country; it was written with recipient region 998, \"Developing"
          + " countries, unspecified\" of IATI's Region codelist.",
      "IATI's rule 3.7.1 asks for a recipient country or region; a global programme has no"
          + " country, and 998 says so without inventing one."),
  /** An identifier with characters IATI's rules flag, written with them replaced. */
  IDENTIFIER_MAPPED(
      "iati-identifier-mapped",
      Severity.WARNING,
      "The programme's id holds characters that IATI's rule 1.3.13 flags in an identifier (/, &, |"
          + " or ? and spaces); each was written as a hyphen, and the id as it is was kept as an"
          + " other-identifier of type A1.",
      "The IATI Validator warns on such identifiers; the replacement keeps the identifier valid"
          + " and the A1 identifier lets the importer give the programme its own id back.");
  private final String id;
  private final Severity severity;
  private final String summary;
  private final String rationale;

  IatiProblem(String id, Severity severity, String summary, String rationale) {
    this.id = id;
    this.severity = severity;
    this.summary = summary;
    this.rationale = rationale;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public String summary() {
    return summary;
  }

  @Override
  public String rationale() {
    return rationale;
  }
}
