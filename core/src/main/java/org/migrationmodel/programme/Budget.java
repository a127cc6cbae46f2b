package org.migrationmodel.programme;

import com.google.common.collect.ImmutableList;
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
   * Whether another object is a budget of the same currency, total and allocations. Amounts are
   * compared by value, whatever their scale: a total of {@code 1000} equals one of {@code 1000.00},
   * though each keeps its own scale for writing.
   *
   * @param other the object to compare with; may be null
   * @return true when equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Budget that
        && currency().equals(that.currency())
        && total().compareTo(that.total()) == 0
        && allocations().equals(that.allocations());
  }

  /**
   * A hash code consistent with {@link #equals(Object)}: equal totals of different scales hash
   * alike.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(currency(), Decimals.hashCode(total()), allocations());
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
