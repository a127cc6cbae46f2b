package org.migrationmodel.crosswalk;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.function.BinaryOperator;
import org.immutables.value.Value;
import org.migrationmodel.internal.ValueStyle;
import org.migrationmodel.taxonomy.Term;

/**
 * One programme seen through each framework of the {@link Crosswalk}: what it contributes to in the
 * GCM and the SDGs, which UNHCR populations it concerns, and how its budget splits across DAC
 * purpose codes. Obtain it from {@link Crosswalk#forProgramme}. Immutable.
 *
 * <p>The GCM, SDG and UNHCR views gather the links of all the programme's activities, cross-cutting
 * activities and target groups; each target carries the strongest strength of any link to it, so a
 * reporter can keep only {@link Strength#PRIMARY} targets or list all.
 */
@Value.Immutable
@ValueStyle
public abstract class ProgrammeCrosswalk implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final BinaryOperator<Strength> STRONGEST =
      BinaryOperator.minBy(Comparator.naturalOrder());

  ProgrammeCrosswalk() {}

  /**
   * The links of the programme's activities (primary first), cross-cutting activities and target
   * groups, in that order: the reasons behind every view.
   *
   * @return an immutable list, never null
   */
  public abstract ImmutableList<Link> links();

  /**
   * The programme's budget split across DAC purpose codes, in percent, IATI-style.
   *
   * <p>Each budget allocation's share goes to its activity's {@linkplain Crosswalk#dacPurposeCode
   * DAC purpose code}, and the shares of each code are added up. Shares are scaled to the
   * allocations' total, rounded to two decimals by the largest-remainder method (ties go to the
   * lower code), and sum to exactly {@code 100.00}; a code left with a zero share is omitted. A
   * programme without allocations, or whose allocations do not add up to more than zero, reports
   * its primary activity's code at {@code 100.00}; without a primary activity too, the map is
   * empty. Shares are computed as given: negative shares, which the validator rejects, give
   * negative results.
   *
   * @return an immutable map in the codes' numeric order, each share with scale 2; never null
   */
  public abstract ImmutableMap<DacPurposeCode, BigDecimal> dacShares();

  /**
   * The programme's activities, cross-cutting activities and target groups that fall outside the
   * GCM, each with the reason.
   *
   * @return an immutable map, empty when everything is within the GCM's scope; never null
   */
  public abstract ImmutableMap<Term, String> outsideGcm();

  /**
   * The GCM objectives the programme serves, each with the strongest link to it.
   *
   * @return an immutable map in the objectives' order, never null
   */
  public ImmutableMap<GcmObjective, Strength> gcmObjectives() {
    return strongest(GcmObjective.class);
  }

  /**
   * The SDG targets the programme contributes to, each with the strongest link to it.
   *
   * @return an immutable map in the targets' order, never null
   */
  public ImmutableMap<SdgTarget, Strength> sdgTargets() {
    return strongest(SdgTarget.class);
  }

  /**
   * The UNHCR population types the programme concerns, each with the strongest link to it.
   *
   * @return an immutable map in the types' order, never null
   */
  public ImmutableMap<UnhcrPopulationType, Strength> unhcrPopulationTypes() {
    return strongest(UnhcrPopulationType.class);
  }

  private <T extends Enum<T> & Target> ImmutableMap<T, Strength> strongest(Class<T> framework) {
    EnumMap<T, Strength> strengths = new EnumMap<>(framework);
    for (Link link : links()) {
      if (framework.isInstance(link.target())) {
        strengths.merge(framework.cast(link.target()), link.strength(), STRONGEST);
      }
    }
    return Maps.immutableEnumMap(strengths);
  }
}
