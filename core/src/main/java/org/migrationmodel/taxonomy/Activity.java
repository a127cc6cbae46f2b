package org.migrationmodel.taxonomy;

import static org.migrationmodel.taxonomy.Area.FACILITATING_MIGRATION;
import static org.migrationmodel.taxonomy.Area.FORCED_MIGRATION;
import static org.migrationmodel.taxonomy.Area.MIGRATION_AND_DEVELOPMENT;
import static org.migrationmodel.taxonomy.Area.REGULATING_MIGRATION;
import static org.migrationmodel.taxonomy.PopulationGroup.ASYLUM_SEEKERS;
import static org.migrationmodel.taxonomy.PopulationGroup.BUSINESS_MIGRANTS;
import static org.migrationmodel.taxonomy.PopulationGroup.COMMUNITIES_OF_ORIGIN;
import static org.migrationmodel.taxonomy.PopulationGroup.DIASPORA;
import static org.migrationmodel.taxonomy.PopulationGroup.FAMILY_MEMBERS;
import static org.migrationmodel.taxonomy.PopulationGroup.GOVERNMENT_OFFICIALS;
import static org.migrationmodel.taxonomy.PopulationGroup.HIGHLY_SKILLED_MIGRANTS;
import static org.migrationmodel.taxonomy.PopulationGroup.HOST_COMMUNITIES;
import static org.migrationmodel.taxonomy.PopulationGroup.MIGRANT_WORKERS;
import static org.migrationmodel.taxonomy.PopulationGroup.PROSPECTIVE_MIGRANTS;
import static org.migrationmodel.taxonomy.PopulationGroup.REFUGEES;
import static org.migrationmodel.taxonomy.PopulationGroup.RETURNEES;
import static org.migrationmodel.taxonomy.PopulationGroup.SMUGGLED_MIGRANTS;
import static org.migrationmodel.taxonomy.PopulationGroup.VICTIMS_OF_TRAFFICKING;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The 30 activities of the managing-migration model, each under one {@link Area}, in the order of
 * the source document's annex.
 *
 * <p>Each activity also names the population groups it typically serves. That list is this
 * project's indicative reading of the source document, used to flag programmes whose target groups
 * fit none of their activities; it is not part of IOM's model.
 */
public enum Activity implements Term {
  /** Return of Qualified Nationals. */
  RETURN_OF_QUALIFIED_NATIONALS(
      MIGRATION_AND_DEVELOPMENT,
      HIGHLY_SKILLED_MIGRANTS,
      DIASPORA,
      RETURNEES,
      COMMUNITIES_OF_ORIGIN,
      GOVERNMENT_OFFICIALS),
  /** Exchange of Expertise. */
  EXCHANGE_OF_EXPERTISE(
      MIGRATION_AND_DEVELOPMENT,
      HIGHLY_SKILLED_MIGRANTS,
      DIASPORA,
      COMMUNITIES_OF_ORIGIN,
      GOVERNMENT_OFFICIALS),
  /** Remittances/Money Transfers. */
  REMITTANCES_AND_MONEY_TRANSFERS(
      MIGRATION_AND_DEVELOPMENT, MIGRANT_WORKERS, DIASPORA, FAMILY_MEMBERS, COMMUNITIES_OF_ORIGIN),
  /** Overseas Communities. */
  OVERSEAS_COMMUNITIES(
      MIGRATION_AND_DEVELOPMENT, DIASPORA, COMMUNITIES_OF_ORIGIN, GOVERNMENT_OFFICIALS),
  /** Micro-credit Schemes. */
  MICRO_CREDIT_SCHEMES(
      MIGRATION_AND_DEVELOPMENT,
      RETURNEES,
      DIASPORA,
      FAMILY_MEMBERS,
      MIGRANT_WORKERS,
      COMMUNITIES_OF_ORIGIN),
  /** Targeted Assistance. */
  TARGETED_ASSISTANCE(
      MIGRATION_AND_DEVELOPMENT,
      COMMUNITIES_OF_ORIGIN,
      RETURNEES,
      PROSPECTIVE_MIGRANTS,
      HOST_COMMUNITIES),
  /** Brain Drain and Gain. */
  BRAIN_DRAIN_AND_GAIN(
      MIGRATION_AND_DEVELOPMENT,
      HIGHLY_SKILLED_MIGRANTS,
      DIASPORA,
      PopulationGroup.STUDENTS_AND_TRAINEES,
      GOVERNMENT_OFFICIALS),

  /** Workers and Professionals. */
  WORKERS_AND_PROFESSIONALS(
      FACILITATING_MIGRATION,
      MIGRANT_WORKERS,
      HIGHLY_SKILLED_MIGRANTS,
      BUSINESS_MIGRANTS,
      PROSPECTIVE_MIGRANTS),
  /** Students and Trainees. */
  STUDENTS_AND_TRAINEES(
      FACILITATING_MIGRATION, PopulationGroup.STUDENTS_AND_TRAINEES, PROSPECTIVE_MIGRANTS),
  /** Family Reunification. */
  FAMILY_REUNIFICATION(FACILITATING_MIGRATION, FAMILY_MEMBERS, REFUGEES, MIGRANT_WORKERS),
  /** Recruitment and Placement. */
  RECRUITMENT_AND_PLACEMENT(
      FACILITATING_MIGRATION, MIGRANT_WORKERS, HIGHLY_SKILLED_MIGRANTS, PROSPECTIVE_MIGRANTS),
  /** Documentation. */
  DOCUMENTATION(
      FACILITATING_MIGRATION,
      PROSPECTIVE_MIGRANTS,
      MIGRANT_WORKERS,
      PopulationGroup.STUDENTS_AND_TRAINEES,
      FAMILY_MEMBERS,
      BUSINESS_MIGRANTS,
      REFUGEES,
      GOVERNMENT_OFFICIALS),
  /** Language Training. */
  LANGUAGE_TRAINING(
      FACILITATING_MIGRATION,
      PROSPECTIVE_MIGRANTS,
      MIGRANT_WORKERS,
      REFUGEES,
      FAMILY_MEMBERS,
      PopulationGroup.STUDENTS_AND_TRAINEES),
  /** Cultural Orientation. */
  CULTURAL_ORIENTATION(
      FACILITATING_MIGRATION,
      PROSPECTIVE_MIGRANTS,
      REFUGEES,
      MIGRANT_WORKERS,
      FAMILY_MEMBERS,
      HOST_COMMUNITIES),
  /** Consular Services. */
  CONSULAR_SERVICES(
      FACILITATING_MIGRATION,
      MIGRANT_WORKERS,
      DIASPORA,
      PopulationGroup.STRANDED_MIGRANTS,
      FAMILY_MEMBERS,
      GOVERNMENT_OFFICIALS),

  /** Systems for Visa, Entry and Stay. */
  VISA_ENTRY_AND_STAY_SYSTEMS(REGULATING_MIGRATION, GOVERNMENT_OFFICIALS, PROSPECTIVE_MIGRANTS),
  /** Border Management. */
  BORDER_MANAGEMENT(REGULATING_MIGRATION, GOVERNMENT_OFFICIALS),
  /** Technology Applications. */
  TECHNOLOGY_APPLICATIONS(REGULATING_MIGRATION, GOVERNMENT_OFFICIALS),
  /** Assisted Return and Reintegration. */
  ASSISTED_RETURN_AND_REINTEGRATION(
      REGULATING_MIGRATION,
      RETURNEES,
      PopulationGroup.STRANDED_MIGRANTS,
      ASYLUM_SEEKERS,
      VICTIMS_OF_TRAFFICKING,
      COMMUNITIES_OF_ORIGIN),
  /** Counter-Trafficking. */
  COUNTER_TRAFFICKING(
      REGULATING_MIGRATION,
      VICTIMS_OF_TRAFFICKING,
      PROSPECTIVE_MIGRANTS,
      COMMUNITIES_OF_ORIGIN,
      GOVERNMENT_OFFICIALS),
  /** Counter-Smuggling. */
  COUNTER_SMUGGLING(
      REGULATING_MIGRATION, SMUGGLED_MIGRANTS, PROSPECTIVE_MIGRANTS, GOVERNMENT_OFFICIALS),
  /** Stranded Migrants. */
  STRANDED_MIGRANTS(
      REGULATING_MIGRATION,
      PopulationGroup.STRANDED_MIGRANTS,
      VICTIMS_OF_TRAFFICKING,
      SMUGGLED_MIGRANTS),

  /** Asylum and Refugees. */
  ASYLUM_AND_REFUGEES(FORCED_MIGRATION, REFUGEES, ASYLUM_SEEKERS),
  /** Resettlement. */
  RESETTLEMENT(FORCED_MIGRATION, REFUGEES, FAMILY_MEMBERS),
  /** Repatriation. */
  REPATRIATION(FORCED_MIGRATION, REFUGEES, RETURNEES, PopulationGroup.INTERNALLY_DISPLACED_PERSONS),
  /** IDPs: internally displaced persons. */
  INTERNALLY_DISPLACED_PERSONS(
      FORCED_MIGRATION, PopulationGroup.INTERNALLY_DISPLACED_PERSONS, HOST_COMMUNITIES),
  /** Transition and Recovery. */
  TRANSITION_AND_RECOVERY(
      FORCED_MIGRATION,
      PopulationGroup.INTERNALLY_DISPLACED_PERSONS,
      RETURNEES,
      PopulationGroup.FORMER_COMBATANTS,
      HOST_COMMUNITIES,
      COMMUNITIES_OF_ORIGIN),
  /** Former Combatants. */
  FORMER_COMBATANTS(FORCED_MIGRATION, PopulationGroup.FORMER_COMBATANTS, COMMUNITIES_OF_ORIGIN),
  /** Claims and Compensation. */
  CLAIMS_AND_COMPENSATION(
      FORCED_MIGRATION, REFUGEES, PopulationGroup.INTERNALLY_DISPLACED_PERSONS, RETURNEES),
  /** Elections and Referenda. */
  ELECTIONS_AND_REFERENDA(
      FORCED_MIGRATION,
      REFUGEES,
      PopulationGroup.INTERNALLY_DISPLACED_PERSONS,
      DIASPORA,
      MIGRANT_WORKERS);

  /** The vocabulary of activities. */
  public static final Vocabulary<Activity> VOCABULARY = Vocabulary.of("activity", Activity.class);

  private final Area area;
  private final ImmutableSet<PopulationGroup> servedGroups;

  Activity(Area area, PopulationGroup... servedGroups) {
    this.area = area;
    this.servedGroups = Sets.immutableEnumSet(Arrays.asList(servedGroups));
  }

  /**
   * The area this activity belongs to.
   *
   * @return the area, never null
   */
  public Area area() {
    return area;
  }

  /**
   * The population groups this activity typically serves: the project's indicative mapping, not
   * part of IOM's model.
   *
   * @return an immutable, non-empty set
   */
  public ImmutableSet<PopulationGroup> servedGroups() {
    return servedGroups;
  }

  @Override
  public Vocabulary<Activity> vocabulary() {
    return VOCABULARY;
  }

  /**
   * Returns the activity with a code, tolerant of case and of {@code -} or space for {@code _}.
   *
   * @param code the code; not null
   * @return the activity, never null
   * @throws UnknownCodeException when no activity has that code; it names the closest codes
   */
  public static Activity of(String code) {
    return VOCABULARY.of(code);
  }

  /**
   * Finds the activity with a code, tolerant of case and of {@code -} or space for {@code _}.
   *
   * @param code the code; not null
   * @return the activity, or empty when none has that code
   */
  public static Optional<Activity> find(String code) {
    return VOCABULARY.find(code);
  }
}
