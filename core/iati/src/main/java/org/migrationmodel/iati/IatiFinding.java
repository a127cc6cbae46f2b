package org.migrationmodel.iati;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.migrationmodel.validation.Severity;

/**
 * Something the export or import could not carry over as it stands, and where.
 *
 * <p>On import, {@code location} is the XPath of the element concerned, with positions among
 * same-named siblings, such as {@code /iati-activities/iati-activity[2]/sector[3]}, and {@code
 * line} its line in the file. On export, {@code location} is the JSON Pointer of the programme
 * member concerned, such as {@code /period}, and {@code line} is 0.
 *
 * @param id the finding's stable identifier, one of the constants of this type
 * @param severity {@link Severity#ERROR} when the activity or file could not be read or written,
 *     {@link Severity#WARNING} when a value was left out, {@link Severity#INFO} for what the model
 *     has no place for or what was assumed
 * @param location the XPath or JSON Pointer, never null
 * @param line the line of the element in the file, from 1; 0 when unknown or on export
 * @param message one plain sentence, never null
 */
public record IatiFinding(String id, Severity severity, String location, int line, String message) {

  /** An element or attribute that the programme model has no place for. */
  public static final String UNMAPPED = "iati-unmapped";

  /** A value that is not what IATI or the model allows, left out of the programme. */
  public static final String INVALID_VALUE = "iati-invalid-value";

  /** Something the programme needs that the activity does not give. */
  public static final String MISSING = "iati-missing";

  /** An element given more often than the programme can hold; the first one is kept. */
  public static final String REPEATED = "iati-repeated";

  /** The classification was proposed from DAC sectors and text, not read as written. */
  public static final String PROPOSED = "iati-proposed";

  /** A country's role in the programme was assumed, as IATI does not say it. */
  public static final String ROLE_ASSUMED = "iati-role-assumed";

  /** The identifier does not begin with the reporting organisation's identifier and a hyphen. */
  public static final String IDENTIFIER_PREFIX = "iati-identifier-prefix";

  /** The file is not a well-formed IATI 2.03 activities file; reading stopped there. */
  public static final String MALFORMED = "iati-malformed";

  /** The file declares a document type; DTDs are refused, so no entity is ever expanded. */
  public static final String DTD_REFUSED = "iati-dtd-refused";

  /** A limit of the reader was exceeded: depth, size of one activity, or size of the file. */
  public static final String LIMIT_EXCEEDED = "iati-limit-exceeded";

  /** A programme that cannot be written as a valid IATI activity, and was not written. */
  public static final String NOT_EXPORTED = "iati-not-exported";

  /** A programme written as an activity that IATI's validator will question. */
  public static final String EXPORT_GAP = "iati-export-gap";

  /**
   * Checks the parts.
   *
   * @param id the finding's stable identifier, one of the constants of this type
   * @param severity {@link Severity#ERROR} when the activity or file could not be read or written,
   *     {@link Severity#WARNING} when a value was left out, {@link Severity#INFO} for what the
   *     model has no place for or what was assumed
   * @param location the XPath or JSON Pointer, never null
   * @param line the line of the element in the file, from 1; 0 when unknown or on export
   * @param message one plain sentence, never null
   */
  public IatiFinding {
    checkNotNull(id, "id");
    checkNotNull(severity, "severity");
    checkNotNull(location, "location");
    checkNotNull(message, "message");
    checkArgument(line >= 0, "line %s is negative", line);
  }

  @Override
  public String toString() {
    return severity
        + " "
        + id
        + " "
        + location
        + (line > 0 ? " (line " + line + ")" : "")
        + ": "
        + message;
  }
}
