package org.migrationmodel.crosswalk;

import java.io.Serializable;
import org.immutables.value.Value;
import org.migrationmodel.internal.ValueStyle;
import org.migrationmodel.taxonomy.Term;

/**
 * One link of the {@link Crosswalk}: a term of the managing-migration model, a target in another
 * framework, how closely they match, and why. Immutable.
 */
@Value.Immutable
@ValueStyle
public abstract class Link implements Serializable {
  private static final long serialVersionUID = 1L;

  Link() {}

  /**
   * The term of the model the link starts from: an {@link org.migrationmodel.taxonomy.Activity}, a
   * {@link org.migrationmodel.taxonomy.CrossCuttingActivity} or a {@link
   * org.migrationmodel.taxonomy.PopulationGroup}.
   *
   * @return the term, never null
   */
  @Value.Parameter
  public abstract Term source();

  /**
   * The framework entry the term maps to.
   *
   * @return the target, never null
   */
  @Value.Parameter
  public abstract Target target();

  /**
   * How closely the term matches the target.
   *
   * @return the strength, never null
   */
  @Value.Parameter
  public abstract Strength strength();

  /**
   * One English sentence, in the project's words, saying why the term maps to the target.
   *
   * @return the justification, never null, never blank, never more than one line
   */
  @Value.Parameter
  public abstract String justification();

  /**
   * Whether the link names the DAC purpose code its source activity's budget is reported under: a
   * {@link Strength#PRIMARY} link to a DAC code.
   */
  boolean carriesBudget() {
    return strength() == Strength.PRIMARY && target() instanceof DacPurposeCode;
  }

  static Link of(Term source, Target target, Strength strength, String justification) {
    return ImmutableLink.of(source, target, strength, justification);
  }
}
