package org.migrationmodel.programme;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.Serializable;
import java.util.Optional;
import org.immutables.value.Value;
import org.migrationmodel.internal.ValueStyle;
import org.migrationmodel.taxonomy.Agency;

/**
 * A migration programme: what it is, where and when it runs, how it is classified against the
 * managing-migration model, and what it costs.
 *
 * <p>Construction requires only that {@code id}, {@code title} and {@code classification} are set
 * and nothing is null. Every domain rule (a well-formed id, valid country codes, shares that sum to
 * 100 and so on) is left to {@link org.migrationmodel.validation.Validator}, which reports all
 * problems at once. Instances are immutable, thread-safe and serializable.
 *
 * <pre>{@code
 * Programme programme = Programme.builder()
 *     .id("MLI-AVRR-2026")
 *     .title("Return and reintegration assistance for migrants in Mali")
 *     .classification(Classification.builder()
 *         .primaryActivity(Activity.ASSISTED_RETURN_AND_REINTEGRATION)
 *         .addCrossCuttingActivities(CrossCuttingActivity.INTEGRATION_AND_REINTEGRATION)
 *         .build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ValueStyle
public abstract class Programme implements Serializable {
  private static final long serialVersionUID = 1L;

  Programme() {}

  /**
   * The programme's identifier in its owner's system. The validator requires at most 64 letters,
   * digits, {@code .}, {@code _}, {@code -} or {@code /}.
   *
   * @return the identifier, never null
   */
  public abstract String id();

  /**
   * The programme's title. The validator requires it not to be blank.
   *
   * @return the title, never null
   */
  public abstract String title();

  /**
   * A longer description.
   *
   * @return the description, or empty when none was given
   */
  public abstract Optional<String> description();

  /**
   * When the programme runs.
   *
   * @return the period, or empty when it is not known
   */
  public abstract Optional<ProgrammePeriod> period();

  /**
   * The countries taking part, each with its role.
   *
   * @return an immutable list, possibly empty; never null
   */
  public abstract ImmutableList<ProgrammeCountry> countries();

  /**
   * Where the programme sits in the managing-migration model.
   *
   * @return the classification, never null
   */
  public abstract Classification classification();

  /**
   * What the programme costs and how the money is split across activities.
   *
   * @return the budget, or empty when none was given
   */
  public abstract Optional<Budget> budget();

  /**
   * The agencies of the Geneva Migration Group that are partners in the programme.
   *
   * @return an immutable list, possibly empty; never null
   */
  public abstract ImmutableList<Agency> partners();

  /**
   * Members of this object's JSON form that a lenient reader did not recognise, kept so that
   * writing it back loses nothing. Each key is a member name; each value is the member's JSON text
   * as it was read, numbers digit for digit (such as {@code -0.0} or {@code 1e400}). The members
   * belong to this object: they stay with it however the lists around it are edited, and a writer
   * puts them back on it, after its known members. A writer refuses a name that the format uses for
   * this object, and a value that is not one JSON value.
   *
   * @return an immutable map in document order, empty unless read leniently; never null
   */
  public abstract ImmutableMap<String, String> unknownMembers();

  /**
   * A copy of this programme with another id.
   *
   * @param id the new id; not null
   * @return a new programme, or this one when the id is the same
   */
  public abstract Programme withId(String id);

  /**
   * A copy of this programme with another title.
   *
   * @param title the new title; not null
   * @return a new programme, or this one when the title is the same
   */
  public abstract Programme withTitle(String title);

  /**
   * A copy of this programme with a description.
   *
   * @param description the new description; not null
   * @return a new programme, never null
   */
  public abstract Programme withDescription(String description);

  /**
   * A copy of this programme with a description or, given empty, without one.
   *
   * @param description the new description, or empty; not null
   * @return a new programme, or this one when the description is the same
   */
  public abstract Programme withDescription(Optional<String> description);

  /**
   * A copy of this programme with a period.
   *
   * @param period the new period; not null
   * @return a new programme, never null
   */
  public abstract Programme withPeriod(ProgrammePeriod period);

  /**
   * A copy of this programme with a period or, given empty, without one.
   *
   * @param period the new period, or empty; not null
   * @return a new programme, or this one when the period is the same
   */
  public abstract Programme withPeriod(Optional<? extends ProgrammePeriod> period);

  /**
   * A copy of this programme with other countries.
   *
   * @param countries the new countries, in order; not null, holding no null
   * @return a new programme, never null
   */
  public abstract Programme withCountries(Iterable<? extends ProgrammeCountry> countries);

  /**
   * A copy of this programme with another classification.
   *
   * @param classification the new classification; not null
   * @return a new programme, or this one when the classification is the same
   */
  public abstract Programme withClassification(Classification classification);

  /**
   * A copy of this programme with a budget.
   *
   * @param budget the new budget; not null
   * @return a new programme, never null
   */
  public abstract Programme withBudget(Budget budget);

  /**
   * A copy of this programme with a budget or, given empty, without one.
   *
   * @param budget the new budget, or empty; not null
   * @return a new programme, or this one when the budget is the same
   */
  public abstract Programme withBudget(Optional<? extends Budget> budget);

  /**
   * A copy of this programme with other partners.
   *
   * @param partners the new partners, in order; not null, holding no null
   * @return a new programme, never null
   */
  public abstract Programme withPartners(Iterable<? extends Agency> partners);

  /**
   * A new builder.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Programme}; {@code id}, {@code title} and {@code classification} are required.
   */
  public static final class Builder extends ImmutableProgramme.Builder {
    Builder() {}
  }
}
