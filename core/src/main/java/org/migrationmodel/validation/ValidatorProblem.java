package org.migrationmodel.validation;

/**
 * What a {@link Validator} itself reports, as opposed to its rules: today, a rule that threw.
 *
 * <p>Match findings on {@link #id()}, never on their messages.
 */
public enum ValidatorProblem implements FindingType {
  /**
   * A rule threw instead of reporting. The finding is an {@link Severity#ERROR} at the whole
   * document, names the rule in its message and keeps the exception as its {@link Finding#cause()};
   * it says the rule is defective and the programme was not fully checked, not that the data is
   * wrong. See {@link ValidationReport#isComplete()}.
   */
  RULE_FAILURE(
      "rule-failure",
      "A validation rule threw an exception while checking the programme: a defect of the rule, not"
          + " a problem of the data. The other rules still ran; the finding keeps the exception.",
      "A broken rule must neither stop a bulk run nor let a programme pass as checked when it was"
          + " not, so the failure is reported as an error and the report is marked incomplete.");

  private final String id;
  private final String summary;
  private final String rationale;

  ValidatorProblem(String id, String summary, String rationale) {
    this.id = id;
    this.summary = summary;
    this.rationale = rationale;
  }

  @Override
  public String id() {
    return id;
  }

  /**
   * Always {@link Severity#ERROR}: a programme that was not fully checked is not valid.
   *
   * @return {@link Severity#ERROR}
   */
  @Override
  public Severity severity() {
    return Severity.ERROR;
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
