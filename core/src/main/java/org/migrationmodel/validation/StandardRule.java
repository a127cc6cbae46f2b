package org.migrationmodel.validation;

import org.migrationmodel.programme.Programme;
import org.migrationmodel.validation.rules.IdFormat;
import org.migrationmodel.validation.rules.ProgrammeCheck;
import org.migrationmodel.validation.rules.TitleRequired;

/**
 * The library's standard rules. Each has a stable id, a default severity, what it checks, and why,
 * with the section of the source document or the data standard that gives the reason. {@code
 * docs/rules.md} lists them all.
 */
public enum StandardRule implements Rule {
  /** The id is non-blank, at most 64 characters of letters, digits, {@code . _ - /}. */
  ID_FORMAT(
      "id-format",
      Severity.ERROR,
      "The programme id is not blank and has at most 64 characters, each a letter, a digit, '.',"
          + " '_', '-' or '/'.",
      "Ids join programme records across systems, URLs and file names; characters outside this"
          + " set break those joins.",
      new IdFormat()),
  /** The title is not blank. */
  TITLE_REQUIRED(
      "title-required",
      Severity.ERROR,
      "The programme has a title that is not blank.",
      "A programme without a title cannot be recognised by the people reading a portfolio.",
      new TitleRequired());

  private final String id;
  private final Severity defaultSeverity;
  private final String summary;
  private final String rationale;
  private final ProgrammeCheck check;

  StandardRule(
      String id, Severity defaultSeverity, String summary, String rationale, ProgrammeCheck check) {
    this.id = id;
    this.defaultSeverity = defaultSeverity;
    this.summary = summary;
    this.rationale = rationale;
    this.check = check;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  @Override
  public String summary() {
    return summary;
  }

  @Override
  public String rationale() {
    return rationale;
  }

  @Override
  public void check(Programme programme, RuleContext context) {
    check.check(programme, context);
  }
}
