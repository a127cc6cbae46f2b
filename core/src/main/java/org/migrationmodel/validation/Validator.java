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
import java.util.stream.Stream;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.taxonomy.Catalogue;

/**
 * Checks programmes against a set of {@link Rule rules} and reports every problem at once.
 *
 * <p>{@link #standard()} applies every {@link StandardRule} at its default severity against the
 * {@linkplain Catalogue#standard() standard catalogue}. {@link #builder()} starts from the same set
 * and lets a caller add rules of its own (lambdas of {@link Rule}, each declared by a {@link
 * RuleDescription}), disable any rule or give it another severity, and pick a catalogue.
 *
 * <p>Validators are immutable, thread-safe and serializable: share one across threads, or ship it
 * to Spark or Beam workers. Validation never throws for bad data; a rule that throws is reported as
 * a {@link ValidatorProblem#RULE_FAILURE} finding that keeps the exception, and the report is then
 * not {@linkplain ValidationReport#isComplete() complete}.
 */
public final class Validator implements Serializable {
  private static final long serialVersionUID = 1L;
  // Ids that an organisation's rules cannot take, even when the standard rule is disabled.
  private static final ImmutableSet<String> RESERVED_IDS =
      Stream.concat(Stream.of(ValidatorProblem.values()), Stream.of(StandardRule.values()))
          .map(FindingType::id)
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

  /**
   * Configures a {@link Validator}. Standard rules come first, in their declared order, then the
   * caller's rules in the order they were added; disabling a rule and giving it a severity again
   * keeps its place. Not thread-safe; the validator it builds is.
   */
  public static final class Builder {
    private final Map<String, KnownRule> rules = new LinkedHashMap<>();
    private Catalogue catalogue = Catalogue.standard();

    private Builder() {
      for (StandardRule rule : StandardRule.values()) {
        rules.put(rule.id(), new KnownRule(rule, rule.rule()));
      }
    }

    /**
     * Adds a rule of the caller's own, applied after the rules already present, at the severity its
     * description declares.
     *
     * @param description the rule's id, severity, summary and rationale; its id must not already be
     *     taken; not null
     * @param rule the check, usually a lambda; not null
     * @return this builder
     * @throws IllegalArgumentException when the id is already taken, or is the id of a standard
     *     rule or of a {@link ValidatorProblem} (even a disabled standard rule keeps its id)
     */
    public Builder add(RuleDescription description, Rule rule) {
      checkNotNull(description, "description");
      checkNotNull(rule, "rule");
      checkArgument(
          !rules.containsKey(description.id()) && !RESERVED_IDS.contains(description.id()),
          "A rule with id \"%s\" is already present, or the id is reserved (%s)",
          description.id(),
          RESERVED_IDS);
      rules.put(description.id(), new KnownRule(description, rule));
      return this;
    }

    /**
     * Stops applying a rule: a standard rule, such as {@link StandardRule#PRIMARY_LARGEST_SHARE},
     * or one added before.
     *
     * @param rule the rule, or its description; not null
     * @return this builder
     * @throws IllegalArgumentException when this builder has no rule with that id
     */
    public Builder disable(FindingType rule) {
      known(rule).enabled = false;
      return this;
    }

    /**
     * Gives a rule's findings another severity, and applies the rule again if it was disabled.
     *
     * @param rule the rule: a standard one, or one added before; not null
     * @param severity the new severity; not null
     * @return this builder
     * @throws IllegalArgumentException when this builder has no rule with that id
     */
    public Builder severity(FindingType rule, Severity severity) {
      checkNotNull(severity, "severity");
      KnownRule known = known(rule);
      known.severity = severity;
      known.enabled = true;
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
      return new Validator(
          rules.values().stream()
              .filter(known -> known.enabled)
              .map(KnownRule::configured)
              .collect(ImmutableList.toImmutableList()),
          catalogue);
    }

    private KnownRule known(FindingType rule) {
      KnownRule known = rules.get(checkNotNull(rule, "rule").id());
      checkArgument(known != null, "This validator has no rule with id \"%s\"", rule.id());
      return known;
    }
  }

  /** A rule a builder knows, with the severity and state the caller has given it so far. */
  private static final class KnownRule {
    private final FindingType type;
    private final Rule rule;
    private Severity severity;
    private boolean enabled = true;

    KnownRule(FindingType type, Rule rule) {
      this.type = type;
      this.rule = rule;
      this.severity = type.severity();
    }

    ConfiguredRule configured() {
      return new ConfiguredRule(RuleDescription.of(type, severity), rule);
    }
  }

  /** A rule together with its description, at the severity this validator gives its findings. */
  private static final class ConfiguredRule implements Serializable {
    private static final long serialVersionUID = 1L;

    private final RuleDescription description;
    private final Rule rule;

    ConfiguredRule(RuleDescription description, Rule rule) {
      this.description = description;
      this.rule = rule;
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
                .ruleId(ValidatorProblem.RULE_FAILURE.id())
                .severity(ValidatorProblem.RULE_FAILURE.severity())
                .location(Location.document())
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
              .location(Location.pointer(pointer))
              .message(message)
              .suggestions(suggestions)
              .build());
    }
  }
}
