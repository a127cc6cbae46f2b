package org.migrationmodel.programme;

import com.google.common.collect.ImmutableMap;
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
   * An allocation of a percentage share to an activity.
   *
   * @param activity the activity; not null
   * @param share the share in percent; not null
   * @return the allocation, never null
   */
  public static Allocation of(Activity activity, BigDecimal share) {
    return ImmutableAllocation.of(activity, share);
  }

  /**
   * A new builder.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Allocation}; {@code activity} and {@code share} are required. */
  public static final class Builder extends ImmutableAllocation.Builder {
    Builder() {}
  }
}
