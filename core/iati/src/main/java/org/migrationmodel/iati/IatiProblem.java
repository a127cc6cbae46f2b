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
 * place for or what was assumed. Match findings on {@link #id()}, never on their messages.
 */
public enum IatiProblem implements FindingType {
  /** An element or attribute that the programme model has no place for. */
  UNMAPPED(
      "iati-unmapped",
      Severity.INFO,
      "An element or attribute of the activity that the programme model has no place for; it is not"
          + " imported.",
      "IATI records far more than a classification does; saying what was not carried over lets a"
          + " user judge whether anything that matters was left behind."),
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
  /** An element given more often than the programme can hold; the first one is kept. */
  REPEATED(
      "iati-repeated",
      Severity.WARNING,
      "An element given more often than the programme can hold it, such as a second title; the"
          + " first is kept.",
      "Keeping one of several values silently would hide a choice the user may disagree with."),
  /** The classification was proposed from DAC sectors and text, not read as written. */
  PROPOSED(
      "iati-proposed",
      Severity.INFO,
      "The programme's classification was proposed from the activity's sectors and text, not read"
          + " as this library wrote it.",
      "A proposal is a judgement, not data the publisher gave; it is marked as such so that it is"
          + " reviewed before it is counted."),
  /** A country's role in the programme was assumed, as IATI does not say it. */
  ROLE_ASSUMED(
      "iati-role-assumed",
      Severity.INFO,
      "A country's role in the programme (origin, transit, destination...) was assumed, because IATI"
          + " names recipient countries without a role.",
      "The model distinguishes the roles a country plays in migration; IATI does not, so the"
          + " assumption is stated."),
  /** The identifier does not begin with the reporting organisation's identifier and a hyphen. */
  IDENTIFIER_PREFIX(
      "iati-identifier-prefix",
      Severity.WARNING,
      "The activity's identifier does not begin with its reporting organisation's identifier and a"
          + " hyphen.",
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
          + " their behalf.");

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
