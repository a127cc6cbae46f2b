package org.migrationmodel.service;

/**
 * What {@code /api/v1/rules} says of one rule or reading problem.
 *
 * @param id the id findings carry as their {@code ruleId}
 * @param severity {@code ERROR}, {@code WARNING} or {@code INFO}
 * @param source {@code validator} for a validation rule, {@code reader} for a reading problem
 * @param summary what is checked
 * @param rationale why
 */
public record RuleDescription(
    String id, String severity, String source, String summary, String rationale) {}
