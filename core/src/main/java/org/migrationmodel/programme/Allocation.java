package org.migrationmodel.programme;

import com.google.common.collect.ImmutableMap;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
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
   * Whether another object is an allocation of the same share to the same activity, with the same
   * unknown members. Shares are compared by value, whatever their scale: a share of {@code 50}
   * equals one of {@code 50.0}, though each keeps its own scale for writing.
   *
   * @param other the object to compare with; may be null
   * @return true when equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Allocation that
        && activity() == that.activity()
        && share().compareTo(that.share()) == 0
        && unknownMembers().equals(that.unknownMembers());
  }

  /**
   * A hash code consistent with {@link #equals(Object)}: equal shares of different scales hash
   * alike.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(activity(), Decimals.hashCode(share()), unknownMembers());
  }

  /**
   * A copy of this allocation with another activity.
   *
   * @param activity the new activity; not null
   * @return a new allocation, or this one when the activity is the same
   */
  public abstract Allocation withActivity(Activity activity);

  /**
   * A copy of this allocation with another share.
   *
   * @param share the new share; not null
   * @return a new allocation, or this one when the share is the same
   */
  public abstract Allocation withShare(BigDecimal share);

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
