package org.migrationmodel.programme;

import java.io.Serializable;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.migrationmodel.internal.ValueStyle;
import org.migrationmodel.taxonomy.Activity;

/**
 * The share of a budget that goes to one activity, as a percentage. The shares of a budget should
 * sum to 100; the validator checks that, in decimal arithmetic.
 */
@Value.Immutable
@ValueStyle
public abstract class Allocation implements Serializable {
  private static final long serialVersionUID = 1L;

  Allocation() {}

  /**
   * The activity the money goes to.
   *
   * @return the activity, never null
   */
  @Value.Parameter
  public abstract Activity activity();

  /**
   * The activity's share of the budget, in percent, such as {@code 62.5}.
   *
   * @return the share, never null; its scale is kept as given
   */
  @Value.Parameter
  public abstract BigDecimal share();

  /**
   * An allocation of a percentage share to an activity.
   *
   * @param activity the activity; not null
   * @param share the share in percent; not null
   * @return the allocation, never null
   */
  public static Allocation of(Activity activity, BigDecimal share) {
    return ImmutableAllocation.of(activity, share);
  }
}
