package org.migrationmodel.programme;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import org.immutables.value.Value;
import org.migrationmodel.internal.ValueStyle;

/**
 * A programme's budget: a total in one currency and its split across activities. Amounts are
 * decimals, never binary floating point.
 */
@Value.Immutable
@ValueStyle
public abstract class Budget implements Serializable {
  private static final long serialVersionUID = 1L;

  Budget() {}

  /**
   * The ISO 4217 code of the budget's currency, such as {@code USD}.
   *
   * @return the code, never null
   */
  public abstract String currency();

  /**
   * The total amount, in units of the currency.
   *
   * @return the amount, never null
   */
  public abstract BigDecimal total();

  /**
   * The split of the total across activities, as percentage shares.
   *
   * @return an immutable list, possibly empty; never null
   */
  public abstract ImmutableList<Allocation> allocations();

  /**
   * Whether another object is a budget of the same currency, total, allocations and unknown
   * members. Amounts are compared by value, whatever their scale: a total of {@code 1000} equals
   * one of {@code 1000.00}, though each keeps its own scale for writing.
   *
   * @param other the object to compare with; may be null
   * @return true when equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Budget that
        && currency().equals(that.currency())
        && total().compareTo(that.total()) == 0
        && allocations().equals(that.allocations())
        && unknownMembers().equals(that.unknownMembers());
  }

  /**
   * A hash code consistent with {@link #equals(Object)}: equal totals of different scales hash
   * alike.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(currency(), Decimals.hashCode(total()), allocations(), unknownMembers());
  }

  /**
   * A copy of this budget with another currency.
   *
   * @param currency the new currency; not null
   * @return a new budget, or this one when the currency is the same
   */
  public abstract Budget withCurrency(String currency);

  /**
   * A copy of this budget with another total.
   *
   * @param total the new total; not null
   * @return a new budget, or this one when the total is the same
   */
  public abstract Budget withTotal(BigDecimal total);

  /**
   * A copy of this budget with other allocations.
   *
   * @param allocations the new allocations, in order; not null, holding no null
   * @return a new budget, never null
   */
  public abstract Budget withAllocations(Iterable<? extends Allocation> allocations);

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
   * A new builder.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Budget}; {@code currency} and {@code total} are required. */
  public static final class Builder extends ImmutableBudget.Builder {
    Builder() {}
  }
}
