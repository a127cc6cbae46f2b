package org.migrationmodel.crosswalk;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The 23 objectives of the Global Compact for Safe, Orderly and Regular Migration, UN General
 * Assembly resolution A/RES/73/195 (2018), in their official order, each with its official short
 * label and full wording.
 *
 * <p>Refugees are covered by the separate Global Compact on Refugees, not by these objectives; see
 * {@link Crosswalk#outsideGcm(org.migrationmodel.taxonomy.Term)}.
 */
public enum GcmObjective implements Target {
  /** Objective 1: Data. */
  DATA(
      1,
      "Data",
      "Collect and utilize accurate and disaggregated data as a basis for evidence-based policies"),
  /** Objective 2: Minimize adverse drivers. */
  MINIMIZE_ADVERSE_DRIVERS(
      2,
      "Minimize adverse drivers",
      "Minimize the adverse drivers and structural factors that compel people to leave their"
          + " country of origin"),
  /** Objective 3: Information provision. */
  INFORMATION_PROVISION(
      3,
      "Information provision",
      "Provide accurate and timely information at all stages of migration"),
  /** Objective 4: Legal identity and documentation. */
  LEGAL_IDENTITY_AND_DOCUMENTATION(
      4,
      "Legal identity and documentation",
      "Ensure that all migrants have proof of legal identity and adequate documentation"),
  /** Objective 5: Regular pathways. */
  REGULAR_PATHWAYS(
      5,
      "Regular pathways",
      "Enhance availability and flexibility of pathways for regular migration"),
  /** Objective 6: Recruitment and decent work. */
  RECRUITMENT_AND_DECENT_WORK(
      6,
      "Recruitment and decent work",
      "Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work"),
  /** Objective 7: Reduce vulnerabilities. */
  REDUCE_VULNERABILITIES(
      7, "Reduce vulnerabilities", "Address and reduce vulnerabilities in migration"),
  /** Objective 8: Save lives. */
  SAVE_LIVES(
      8,
      "Save lives",
      "Save lives and establish coordinated international efforts on missing migrants"),
  /** Objective 9: Counter smuggling. */
  COUNTER_SMUGGLING(
      9, "Counter smuggling", "Strengthen the transnational response to smuggling of migrants"),
  /** Objective 10: Eradicate trafficking. */
  ERADICATE_TRAFFICKING(
      10,
      "Eradicate trafficking",
      "Prevent, combat and eradicate trafficking in persons in the context of international"
          + " migration"),
  /** Objective 11: Manage borders. */
  MANAGE_BORDERS(
      11, "Manage borders", "Manage borders in an integrated, secure and coordinated manner"),
  /** Objective 12: Screening and referral. */
  SCREENING_AND_REFERRAL(
      12,
      "Screening and referral",
      "Strengthen certainty and predictability in migration procedures for appropriate screening,"
          + " assessment and referral"),
  /** Objective 13: Alternatives to detention. */
  ALTERNATIVES_TO_DETENTION(
      13,
      "Alternatives to detention",
      "Use migration detention only as a measure of last resort and work towards alternatives"),
  /** Objective 14: Consular protection. */
  CONSULAR_PROTECTION(
      14,
      "Consular protection",
      "Enhance consular protection, assistance and cooperation throughout the migration cycle"),
  /** Objective 15: Access to basic services. */
  ACCESS_TO_BASIC_SERVICES(
      15, "Access to basic services", "Provide access to basic services for migrants"),
  /** Objective 16: Inclusion and social cohesion. */
  INCLUSION_AND_SOCIAL_COHESION(
      16,
      "Inclusion and social cohesion",
      "Empower migrants and societies to realize full inclusion and social cohesion"),
  /** Objective 17: Eliminate discrimination. */
  ELIMINATE_DISCRIMINATION(
      17,
      "Eliminate discrimination",
      "Eliminate all forms of discrimination and promote evidence-based public discourse to shape"
          + " perceptions of migration"),
  /** Objective 18: Skills development and recognition. */
  SKILLS_DEVELOPMENT_AND_RECOGNITION(
      18,
      "Skills development and recognition",
      "Invest in skills development and facilitate mutual recognition of skills, qualifications and"
          + " competences"),
  /** Objective 19: Migrant and diaspora contributions. */
  MIGRANT_AND_DIASPORA_CONTRIBUTIONS(
      19,
      "Migrant and diaspora contributions",
      "Create conditions for migrants and diasporas to fully contribute to sustainable development"
          + " in all countries"),
  /** Objective 20: Remittances. */
  REMITTANCES(
      20,
      "Remittances",
      "Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of"
          + " migrants"),
  /** Objective 21: Dignified return and reintegration. */
  DIGNIFIED_RETURN_AND_REINTEGRATION(
      21,
      "Dignified return and reintegration",
      "Cooperate in facilitating safe and dignified return and readmission, as well as sustainable"
          + " reintegration"),
  /** Objective 22: Social protection. */
  SOCIAL_PROTECTION(
      22,
      "Social protection",
      "Establish mechanisms for the portability of social security entitlements and earned"
          + " benefits"),
  /** Objective 23: International cooperation. */
  INTERNATIONAL_COOPERATION(
      23,
      "International cooperation",
      "Strengthen international cooperation and global partnerships for safe, orderly and regular"
          + " migration");

  private final int number;
  private final String shortLabel;
  private final String title;

  GcmObjective(int number, String shortLabel, String title) {
    this.number = number;
    this.shortLabel = shortLabel;
    this.title = title;
  }

  /**
   * Returns the objective with an official number.
   *
   * @param number the objective's number, from 1 to 23
   * @return the objective, never null
   * @throws IllegalArgumentException when no objective has that number
   */
  public static GcmObjective of(int number) {
    GcmObjective[] objectives = values();
    checkArgument(
        number >= 1 && number <= objectives.length,
        "GCM objectives are numbered 1 to %s, not %s",
        objectives.length,
        number);
    return objectives[number - 1];
  }

  /**
   * The objective's official number, from 1 to 23.
   *
   * @return the number
   */
  public int number() {
    return number;
  }

  /**
   * The objective's official short label, such as {@code Alternatives to detention}.
   *
   * @return the label, never null
   */
  public String shortLabel() {
    return shortLabel;
  }

  /**
   * The objective's full wording, such as {@code Use migration detention only as a measure of last
   * resort and work towards alternatives}.
   *
   * @return the wording, never null
   */
  @Override
  public String title() {
    return title;
  }

  /**
   * The objective's number as a string, such as {@code 13}.
   *
   * @return the code, never null
   */
  @Override
  public String code() {
    return Integer.toString(number);
  }

  @Override
  public Framework framework() {
    return Framework.GCM;
  }
}
