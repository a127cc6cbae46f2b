package org.migrationmodel.service;

/**
 * What {@code /api/v1/rules} says of one kind of finding.
 *
 * @param id the id findings carry as their {@code ruleId}
 * @param severity {@code ERROR}, {@code WARNING} or {@code INFO}
 * @param source what reports it: {@code validator}, {@code reader}, {@code suggester} or {@code
 *     iati}, the {@link org.migrationmodel.report.FindingCatalogue.Origin#label()}
 * @param summary what is checked
 * @param rationale why
 */
public record RuleDescription(
    String id, String severity, String source, String summary, String rationale) {}
