package org.migrationmodel.validation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Optional;

/**
 * The library's standard rules. Each has a stable id, a default severity, what it checks, and why,
 * with the section of the source document or the data standard that gives the reason. {@code
 * docs/rules.md} lists them all. {@link Validator#standard()} applies them all; {@link
 * Validator.Builder#disable(FindingType)} and {@link Validator.Builder#severity(FindingType,
 * Severity)} address one by its constant.
 */
public enum StandardRule implements FindingType {
  /** The id is non-blank, at most 64 characters of letters, digits, {@code . _ - / :}. */
  ID_FORMAT(
      "id-format",
      Severity.ERROR,
      "The programme id is not blank and has at most 64 characters, each a letter, a digit, '.',"
          + " '_', '-', '/' or ':'.",
      "Ids join programme records across systems and in URLs, IATI activity identifiers among"
          + " them (':' is theirs); characters outside this set break those joins.",
      new IdFormat()),
  /** The title is not blank. */
  TITLE_REQUIRED(
      "title-required",
      Severity.ERROR,
      "The programme has a title that is not blank.",
      "A programme without a title cannot be recognised by the people reading a portfolio.",
      new TitleRequired()),
  /** The classification names a primary activity. */
  PRIMARY_ACTIVITY_REQUIRED(
      "primary-activity-required",
      Severity.ERROR,
      "The classification names a primary activity.",
      "The annex, Managing Migration, clusters every activity under one of four areas; the primary"
          + " activity places the programme in the model and gives its primary area.",
      new PrimaryActivityRequired()),
  /** A declared primary area is the area of the primary activity. */
  PRIMARY_AREA_MISMATCH(
      "primary-area-mismatch",
      Severity.ERROR,
      "When a primary area is declared, it is the area of the primary activity.",
      "In the annex, Managing Migration, each activity belongs to exactly one of the four areas;"
          + " a declared area that differs contradicts the model.",
      new PrimaryAreaMismatch(),
      Read.PRIMARY_ACTIVITY),
  /** No secondary activity repeats the primary activity. */
  SECONDARY_REPEATS_PRIMARY(
      "secondary-repeats-primary",
      Severity.WARNING,
      "No secondary activity is the primary activity again.",
      "Secondary activities are the further activities of the annex, Managing Migration, that the"
          + " programme carries out; repeating the primary one adds nothing and skews counts.",
      new SecondaryRepeatsPrimary(),
      Read.PRIMARY_ACTIVITY),
  /** Every term used is active in the validator's catalogue. */
  WITHDRAWN_CODE(
      "withdrawn-code",
      Severity.ERROR,
      "Every code the programme uses (activities, areas, cross-cutting activities, themes,"
          + " modalities, drivers, target groups, country roles, partners and allocations) is"
          + " active in the validator's catalogue.",
      "Codes are never renamed or deleted, only withdrawn in a new catalogue version; data that"
          + " still carries a withdrawn code must be moved to an active one.",
      new WithdrawnCode()),
  /** No list repeats a value. */
  DUPLICATE_ENTRY(
      "duplicate-entry",
      Severity.WARNING,
      "No list repeats a value: activities, cross-cutting activities, themes, modalities,"
          + " drivers, target groups, partners, countries (the same code in the same role) and"
          + " allocations (the same activity).",
      "A repeated entry is a data-entry slip that inflates counts and, for allocations, splits"
          + " one activity's share in two.",
      new DuplicateEntry()),
  /** The budget currency is an ISO 4217 code. */
  CURRENCY_CODE(
      "currency-code",
      Severity.ERROR,
      "The budget's currency is a current ISO 4217 currency code, such as USD, of the library's"
          + " pinned table: not a withdrawn code, nor a funds code, unit of account, precious"
          + " metal, XTS or XXX.",
      "ISO 4217 is the standard that finance systems and IATI use for currencies; amounts in an"
          + " unknown currency cannot be compared or converted.",
      new CurrencyCode()),
  /** The budget total is not negative. */
  NEGATIVE_AMOUNT(
      "negative-amount",
      Severity.ERROR,
      "The budget total is zero or more.",
      "A programme's budget is what it costs; a negative total is a sign or entry error.",
      new NegativeAmount()),
  /** Every share is above 0 and at most 100. */
  ALLOCATION_SHARE_RANGE(
      "allocation-share-range",
      Severity.ERROR,
      "Every allocation's share is a percentage above 0 and at most 100.",
      "Shares are percentages of the budget, as in IATI's sector percentages; an activity that"
          + " receives nothing is left out rather than given 0.",
      new AllocationShareRange()),
  /** The shares sum to 100. */
  ALLOCATION_SUM(
      "allocation-sum",
      Severity.ERROR,
      "When there are allocations, their shares sum to 100 within 0.01, computed in decimal"
          + " arithmetic.",
      "IATI requires the percentages of a split to sum to 100; summing in decimals, never binary"
          + " floating point, keeps 33.33 + 33.33 + 33.34 exactly 100.",
      new AllocationSum(),
      Read.ALLOCATIONS),
  /** Allocations go to listed activities. */
  ALLOCATION_UNLISTED_ACTIVITY(
      "allocation-unlisted-activity",
      Severity.ERROR,
      "Every allocation goes to the primary or a secondary activity.",
      "Money spent on an activity of the annex, Managing Migration, that the classification does"
          + " not name hides part of what the programme does.",
      new AllocationUnlistedActivity(),
      Read.PRIMARY_ACTIVITY,
      Read.SECONDARY_ACTIVITIES),
  /** The primary activity has the largest share. */
  PRIMARY_LARGEST_SHARE(
      "primary-largest-share",
      Severity.WARNING,
      "When there are allocations, the primary activity has one, and no other activity receives"
          + " a larger share; shares of a repeated activity are added up.",
      "The primary activity is what the programme mainly does; when more money goes elsewhere,"
          + " the primary activity, and so the primary area of the annex, is probably wrong.",
      new PrimaryLargestShare(),
      Read.PRIMARY_ACTIVITY,
      Read.ALLOCATIONS),
  /** The period does not start after it ends. */
  PERIOD_ORDER(
      "period-order",
      Severity.ERROR,
      "The period's start is not after its end.",
      "A programme cannot end before it starts; the dates are swapped or mistyped.",
      new PeriodOrder(),
      Read.PERIOD_START,
      Read.PERIOD_END),
  /** Every country code is ISO 3166-1 alpha-2. */
  COUNTRY_CODE(
      "country-code",
      Severity.ERROR,
      "Every country code is an assigned ISO 3166-1 alpha-2 code of the library's pinned table,"
          + " or XK for Kosovo.",
      "ISO 3166-1 alpha-2 is the standard that UN agencies and IATI use for countries; XK is the"
          + " code UN agencies use for Kosovo, which ISO leaves to user assignment.",
      new CountryCode()),
  /** An internal-displacement programme does not cross a border. */
  IDP_CROSS_BORDER(
      "idp-cross-border",
      Severity.WARNING,
      "A programme whose primary activity is INTERNALLY_DISPLACED_PERSONS, or whose only target"
          + " group is internally displaced persons, has no DESTINATION country that differs"
          + " from an ORIGIN country.",
      "The annex, Forced Migration, keeps IDPs apart from asylum and refugees: displacement"
          + " within a country crosses no border, so a move from one country to another is"
          + " misclassified.",
      new IdpCrossBorder(),
      Read.PRIMARY_ACTIVITY,
      Read.TARGET_GROUPS,
      Read.COUNTRIES),
  /** Counter-trafficking and counter-smuggling come with migrants' rights. */
  TRAFFICKING_WITHOUT_RIGHTS(
      "trafficking-without-rights",
      Severity.WARNING,
      "A programme with COUNTER_TRAFFICKING or COUNTER_SMUGGLING among its activities lists the"
          + " cross-cutting activity MIGRANTS_RIGHTS_AND_INTERNATIONAL_MIGRATION_LAW.",
      "Section B, theme 4, calls for effective regimes to protect the human rights of migrants,"
          + " with special attention to those affected by trafficking and smuggling.",
      CrossCuttingCompanion.RIGHTS_FOR_TRAFFICKING,
      Read.PRIMARY_ACTIVITY,
      Read.SECONDARY_ACTIVITIES,
      Read.CROSS_CUTTING_ACTIVITIES),
  /** Return comes with reintegration. */
  RETURN_WITHOUT_REINTEGRATION(
      "return-without-reintegration",
      Severity.WARNING,
      "A programme with ASSISTED_RETURN_AND_REINTEGRATION, REPATRIATION or FORMER_COMBATANTS"
          + " among its activities lists the cross-cutting activity"
          + " INTEGRATION_AND_REINTEGRATION.",
      "Section A foresees the reintegration of people who return, be they refugees, displaced"
          + " persons or demobilized soldiers; a return without reintegration rarely lasts.",
      CrossCuttingCompanion.REINTEGRATION_FOR_RETURN,
      Read.PRIMARY_ACTIVITY,
      Read.SECONDARY_ACTIVITIES,
      Read.CROSS_CUTTING_ACTIVITIES),
  /** Return comes with migration health. */
  RETURN_WITHOUT_HEALTH(
      "return-without-health",
      Severity.INFO,
      "A programme with ASSISTED_RETURN_AND_REINTEGRATION, REPATRIATION or FORMER_COMBATANTS"
          + " among its activities lists the cross-cutting activity MIGRATION_HEALTH.",
      "Section A, on health and mobility, notes that the role of health in successful"
          + " reintegration is becoming better recognised.",
      CrossCuttingCompanion.HEALTH_FOR_RETURN,
      Read.PRIMARY_ACTIVITY,
      Read.SECONDARY_ACTIVITIES,
      Read.CROSS_CUTTING_ACTIVITIES),
  /** Target groups fit the activities. */
  TARGET_GROUP_MISMATCH(
      "target-group-mismatch",
      Severity.WARNING,
      "When target groups are given, at least one is a group that one of the programme's"
          + " activities serves.",
      "Each activity of the annex, Managing Migration, concerns particular people, whom section"
          + " A names (skilled workers, diasporas, refugees, displaced persons, demobilized"
          + " soldiers); target groups that none of the activities serves, by this project's"
          + " indicative mapping, point to a wrong activity or a wrong group.",
      new TargetGroupMismatch(),
      Read.PRIMARY_ACTIVITY,
      Read.SECONDARY_ACTIVITIES,
      Read.TARGET_GROUPS),
  /** Themes the activities imply are listed. */
  IMPLIED_THEME_MISSING(
      "implied-theme-missing",
      Severity.INFO,
      "Every theme the activities imply is listed: a Migration and Development activity implies"
          + " theme 3, activities in two or more areas imply theme 1, and counter-trafficking or"
          + " counter-smuggling implies theme 4.",
      "Section B: theme 3 is the link between migration and development; theme 1 is the"
          + " comprehensive approach that brings several areas together; theme 4 gives special"
          + " attention to those affected by trafficking and smuggling.",
      new ImpliedThemeMissing(),
      Read.PRIMARY_ACTIVITY,
      Read.SECONDARY_ACTIVITIES,
      Read.THEMES),
  /** Listed themes are supported by the classification. */
  UNSUPPORTED_THEME(
      "unsupported-theme",
      Severity.WARNING,
      "Every listed theme is supported by the classification: implied by the activities, or borne"
          + " out by cross-cutting activities, modalities, target groups or partners as section B"
          + " describes the theme.",
      "Section B describes what each theme is about; a theme that nothing in the programme"
          + " touches overstates the programme's contribution to the Dialogue.",
      new UnsupportedTheme(),
      Read.PRIMARY_ACTIVITY,
      Read.SECONDARY_ACTIVITIES,
      Read.CROSS_CUTTING_ACTIVITIES,
      Read.MODALITIES,
      Read.TARGET_GROUPS,
      Read.PARTNERS);

  private final String id;
  private final Severity defaultSeverity;
  private final String summary;
  private final String rationale;
  private final Rule rule;
  private final ImmutableSet<String> dependsOn;

  StandardRule(
      String id,
      Severity defaultSeverity,
      String summary,
      String rationale,
      Rule rule,
      String... dependsOn) {
    this.id = id;
    this.defaultSeverity = defaultSeverity;
    this.summary = summary;
    this.rationale = rationale;
    this.rule = rule;
    this.dependsOn = ImmutableSet.copyOf(dependsOn);
  }

  /**
   * Finds a standard rule by its id.
   *
   * @param id a rule id, such as {@code allocation-sum}; not null
   * @return the rule with that id, or empty when no standard rule has it
   */
  public static Optional<StandardRule> forId(String id) {
    checkNotNull(id, "id");
    return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
  }

  /**
   * The rule's id: stable, in kebab case, such as {@code allocation-sum}; the {@link
   * Finding#ruleId()} of its findings.
   *
   * @return the id, never null
   */
  @Override
  public String id() {
    return id;
  }

  /**
   * The severity the rule's findings carry unless a validator changes it.
   *
   * @return the severity, never null
   */
  @Override
  public Severity severity() {
    return defaultSeverity;
  }

  /**
   * What the rule checks, in one or two sentences.
   *
   * @return the summary, never null
   */
  @Override
  public String summary() {
    return summary;
  }

  /**
   * Why the rule exists: the reason in the managing-migration model or the data standard behind it.
   *
   * @return the rationale, never null
   */
  @Override
  public String rationale() {
    return rationale;
  }

  /**
   * The members whose values this rule weighs together, as JSON Pointers into the programme's
   * document form, such as {@code /budget/allocations}: its findings rest on all of them, not only
   * on the value each finding points at. Empty for a rule whose every finding rests on the value it
   * points at alone.
   *
   * <p>A {@code ProgrammeReader} that could not read one of these values, or a value inside one,
   * leaves the rule's findings out, because they would follow from the value left out: with an
   * unknown primary activity, an allocation to a real activity would otherwise be reported as going
   * to an activity the classification does not list.
   *
   * @return the pointers; an immutable set, never null
   */
  public ImmutableSet<String> dependsOn() {
    return dependsOn;
  }

  /** The check itself. */
  Rule rule() {
    return rule;
  }

  /** The members the rules weigh together; a holder, as enum constants cannot name the enum's. */
  private static final class Read {
    static final String PRIMARY_ACTIVITY = Pointers.of("classification", "primaryActivity");
    static final String SECONDARY_ACTIVITIES = Pointers.of("classification", "secondaryActivities");
    static final String CROSS_CUTTING_ACTIVITIES =
        Pointers.of("classification", "crossCuttingActivities");
    static final String THEMES = Pointers.of("classification", "themes");
    static final String MODALITIES = Pointers.of("classification", "modalities");
    static final String TARGET_GROUPS = Pointers.of("classification", "targetGroups");
    static final String PARTNERS = Pointers.of("partners");
    static final String COUNTRIES = Pointers.of("countries");
    static final String ALLOCATIONS = Pointers.of("budget", "allocations");
    static final String PERIOD_START = Pointers.of("period", "start");
    static final String PERIOD_END = Pointers.of("period", "end");

    private Read() {}
  }
}
