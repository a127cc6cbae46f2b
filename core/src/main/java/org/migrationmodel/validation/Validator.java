package org.migrationmodel.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.taxonomy.Catalogue;

/**
 * Checks programmes against a set of {@link Rule rules} and reports every problem at once.
 *
 * <p>{@link #standard()} applies every {@link StandardRule} at its default severity against the
 * {@linkplain Catalogue#standard() standard catalogue}. {@link #builder()} starts from the same set
 * and lets a caller disable standard rules, change their severities, add rules of its own (lambdas
 * of {@link Rule}, with the id and severity given where they are added) and pick a catalogue.
 *
 * <p>Validators are immutable, thread-safe and serializable: share one across threads, or ship it
 * to Spark or Beam workers. Validation never throws for bad data; a rule that throws is reported as
 * a {@value Finding#RULE_FAILURE} finding that keeps the exception, and the report is then not
 * {@linkplain ValidationReport#isComplete() complete}.
 */
public final class Validator implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  // Ids that custom rules cannot take, even when the standard rule is disabled.
  private static final ImmutableSet<String> RESERVED_IDS =
      Stream.concat(
              Stream.of(Finding.RULE_FAILURE),
              Stream.of(StandardRule.values()).map(StandardRule::id))
          .collect(ImmutableSet.toImmutableSet());
  private static final Validator STANDARD = builder().build();

  /** The rules with the severities this validator gives them, in the order it applies them. */
  private final ImmutableList<ConfiguredRule> rules;

  /** The catalogue codes are checked against. */
  private final Catalogue catalogue;

  private Validator(ImmutableList<ConfiguredRule> rules, Catalogue catalogue) {
    this.rules = rules;
    this.catalogue = catalogue;
  }

  /**
   * The validator with every standard rule at its default severity.
   *
   * @return the shared standard validator, never null
   */
  public static Validator standard() {
    return STANDARD;
  }

  /**
   * A builder that starts from the standard rules at their default severities.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks a programme against every rule.
   *
   * @param programme the programme; not null
   * @return the report, never null
   */
  public ValidationReport validate(Programme programme) {
    checkNotNull(programme, "programme");
    Collector collector = new Collector(catalogue);
    for (ConfiguredRule configured : rules) {
      collector.apply(configured, programme);
    }
    return collector.report();
  }

  /**
   * The rules this validator applies, in the order it applies them, each with the severity this
   * validator gives it.
   *
   * @return an immutable list, never null
   */
  public ImmutableList<RuleDescription> rules() {
    return rules.stream()
        .map(configured -> configured.description)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The catalogue this validator checks codes against.
   *
   * @return the catalogue, never null
   */
  public Catalogue catalogue() {
    return catalogue;
  }

  /** Configures a {@link Validator}. Not thread-safe; the validator it builds is. */
  public static final class Builder {
    private final Map<String, ConfiguredRule> rules = new LinkedHashMap<>();
    private Catalogue catalogue = Catalogue.standard();

    private Builder() {
      for (StandardRule rule : StandardRule.values()) {
        rules.put(rule.id(), ConfiguredRule.standard(rule, rule.defaultSeverity()));
      }
    }

    /**
     * Stops applying a standard rule.
     *
     * @param rule the rule, such as {@link StandardRule#PRIMARY_LARGEST_SHARE}; not null
     * @return this builder
     */
    public Builder disable(StandardRule rule) {
      rules.remove(rule.id());
      return this;
    }

    /**
     * Gives a standard rule's findings another severity; applies the rule again if it was disabled.
     *
     * @param rule the rule; not null
     * @param severity the new severity; not null
     * @return this builder
     */
    public Builder severity(StandardRule rule, Severity severity) {
      checkNotNull(severity, "severity");
      rules.put(rule.id(), ConfiguredRule.standard(rule, severity));
      return this;
    }

    /**
     * Adds a rule of the caller's own, applied after the rules already present.
     *
     * @param id the rule's id, the {@link Finding#ruleId()} of its findings: kebab case, such as
     *     {@code org-budget-required}, and not already taken; not null
     * @param severity the severity of the rule's findings; not null
     * @param rule the check, usually a lambda; not null
     * @return this builder
     * @throws IllegalArgumentException when the id is not kebab case, is already taken or is
     *     {@value Finding#RULE_FAILURE}
     */
    public Builder add(String id, Severity severity, Rule rule) {
      return add(id, severity, Optional.empty(), Optional.empty(), rule);
    }

    /**
     * Adds a rule of the caller's own with what it checks and why, which {@link Validator#rules()}
     * gives back, for example to the command-line tool's {@code explain}.
     *
     * @param id the rule's id: kebab case and not already taken; not null
     * @param severity the severity of the rule's findings; not null
     * @param summary what the rule checks, in one or two sentences; not null
     * @param rationale why the rule exists; not null
     * @param rule the check, usually a lambda; not null
     * @return this builder
     * @throws IllegalArgumentException when the id is not kebab case, is already taken or is
     *     {@value Finding#RULE_FAILURE}
     */
    public Builder add(String id, Severity severity, String summary, String rationale, Rule rule) {
      return add(
          id,
          severity,
          Optional.of(checkNotNull(summary, "summary")),
          Optional.of(checkNotNull(rationale, "rationale")),
          rule);
    }

    /**
     * Checks codes against another catalogue than the standard one, for example a newer one that
     * withdraws terms.
     *
     * @param catalogue the catalogue; not null
     * @return this builder
     */
    public Builder catalogue(Catalogue catalogue) {
      this.catalogue = checkNotNull(catalogue, "catalogue");
      return this;
    }

    /**
     * Builds the validator.
     *
     * @return a new, immutable validator; never null
     */
    public Validator build() {
      return new Validator(ImmutableList.copyOf(rules.values()), catalogue);
    }

    private Builder add(
        String id,
        Severity severity,
        Optional<String> summary,
        Optional<String> rationale,
        Rule rule) {
      checkNotNull(id, "id");
      checkNotNull(severity, "severity");
      checkNotNull(rule, "rule");
      checkArgument(RULE_ID.matcher(id).matches(), "Rule id \"%s\" is not in kebab case", id);
      checkArgument(
          !rules.containsKey(id) && !RESERVED_IDS.contains(id),
          "A rule with id \"%s\" is already present, or the id is reserved (%s and the standard"
              + " rules' ids)",
          id,
          Finding.RULE_FAILURE);
      rules.put(id, new ConfiguredRule(RuleDescription.of(id, severity, summary, rationale), rule));
      return this;
    }
  }

  /** A rule together with its id and the severity this validator gives its findings. */
  private static final class ConfiguredRule implements Serializable {
    private static final long serialVersionUID = 1L;

    private final RuleDescription description;
    private final Rule rule;

    ConfiguredRule(RuleDescription description, Rule rule) {
      this.description = description;
      this.rule = rule;
    }

    static ConfiguredRule standard(StandardRule rule, Severity severity) {
      return new ConfiguredRule(
          RuleDescription.of(
              rule.id(), severity, Optional.of(rule.summary()), Optional.of(rule.rationale())),
          rule.rule());
    }
  }

  /**
   * The findings of one {@link #validate} call, and the context each rule reports through. One per
   * call, not one per rule: validating must cost next to nothing for a clean programme.
   */
  private static final class Collector implements RuleContext {
    private final Catalogue catalogue;
    private final List<Finding> findings = new ArrayList<>();
    private ConfiguredRule current;

    Collector(Catalogue catalogue) {
      this.catalogue = catalogue;
    }

    void apply(ConfiguredRule configured, Programme programme) {
      current = configured;
      try {
        configured.rule.check(programme, this);
      } catch (RuntimeException e) {
        // A broken rule must not stop the other rules or a bulk run, nor pass for bad data.
        findings.add(
            Finding.builder()
                .ruleId(Finding.RULE_FAILURE)
                .severity(Severity.ERROR)
                .pointer("")
                .message(
                    "The rule \""
                        + configured.description.id()
                        + "\" failed, so the programme was not fully checked; this is a defect of"
                        + " the rule, not of the programme: "
                        + e)
                .cause(e)
                .build());
      }
    }

    ValidationReport report() {
      return ValidationReport.of(findings);
    }

    @Override
    public Catalogue catalogue() {
      return catalogue;
    }

    @Override
    public void report(String pointer, String message) {
      report(pointer, message, ImmutableList.of());
    }

    @Override
    public void report(String pointer, String message, List<String> suggestions) {
      findings.add(
          Finding.builder()
              .ruleId(current.description.id())
              .severity(current.description.severity())
              .pointer(pointer)
              .message(message)
              .suggestions(suggestions)
              .build());
    }
  }
}
