package org.migrationmodel.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.taxonomy.Catalogue;

/**
 * Checks programmes against a set of {@link Rule rules} and reports every problem at once.
 *
 * <p>{@link #standard()} applies every {@link StandardRule} at its default severity against the
 * {@linkplain Catalogue#standard() standard catalogue}. {@link #builder()} starts from the same set
 * and lets a caller disable rules, change severities, add rules and pick a catalogue.
 *
 * <p>Validators are immutable, thread-safe and serializable: share one across threads, or ship it
 * to Spark or Beam workers. Validation never throws for bad data; a rule that throws is reported as
 * a {@value Finding#RULE_FAILURE} finding that keeps the exception, and the report is then not
 * {@linkplain ValidationReport#isComplete() complete}.
 */
public final class Validator implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
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
   * The rules this validator applies, in the order it applies them.
   *
   * @return an immutable list, never null
   */
  public ImmutableList<Rule> rules() {
    return rules.stream()
        .map(configured -> configured.rule)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The severity this validator gives the findings of a rule.
   *
   * @param ruleId a rule's id; not null
   * @return the severity, never null
   * @throws IllegalArgumentException when the validator has no rule with that id
   */
  public Severity severity(String ruleId) {
    return rules.stream()
        .filter(configured -> configured.rule.id().equals(ruleId))
        .findFirst()
        .map(configured -> configured.severity)
        .orElseThrow(() -> new IllegalArgumentException("No rule with id \"" + ruleId + "\""));
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
        rules.put(rule.id(), new ConfiguredRule(rule, rule.defaultSeverity()));
      }
    }

    /**
     * Stops applying a rule.
     *
     * @param ruleId the rule's id, such as {@code primary-largest-share}; not null
     * @return this builder
     * @throws IllegalArgumentException when no rule has that id
     */
    public Builder disable(String ruleId) {
      requireKnown(ruleId);
      rules.remove(ruleId);
      return this;
    }

    /**
     * Gives a rule's findings another severity.
     *
     * @param ruleId the rule's id; not null
     * @param severity the new severity; not null
     * @return this builder
     * @throws IllegalArgumentException when no rule has that id
     */
    public Builder severity(String ruleId, Severity severity) {
      checkNotNull(severity, "severity");
      ConfiguredRule configured = requireKnown(ruleId);
      rules.put(ruleId, new ConfiguredRule(configured.rule, severity));
      return this;
    }

    /**
     * Adds a rule of the caller's own, applied after the rules already present, at its default
     * severity.
     *
     * @param rule the rule; not null
     * @return this builder
     * @throws IllegalArgumentException when the id is not kebab case or is already taken
     */
    public Builder add(Rule rule) {
      String id = checkNotNull(rule.id(), "rule id");
      checkArgument(RULE_ID.matcher(id).matches(), "Rule id \"%s\" is not in kebab case", id);
      checkArgument(!rules.containsKey(id), "A rule with id \"%s\" is already present", id);
      rules.put(id, new ConfiguredRule(rule, checkNotNull(rule.defaultSeverity(), "severity")));
      return this;
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

    private ConfiguredRule requireKnown(String ruleId) {
      ConfiguredRule configured = rules.get(checkNotNull(ruleId, "ruleId"));
      checkArgument(
          configured != null, "No rule with id \"%s\"; the rules are %s", ruleId, rules.keySet());
      return configured;
    }
  }

  /** A rule together with the severity this validator gives its findings. */
  private static final class ConfiguredRule implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Rule rule;
    private final Severity severity;

    ConfiguredRule(Rule rule, Severity severity) {
      this.rule = rule;
      this.severity = severity;
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
                        + configured.rule.id()
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
              .ruleId(current.rule.id())
              .severity(current.severity)
              .pointer(pointer)
              .message(message)
              .suggestions(suggestions)
              .build());
    }
  }
}
