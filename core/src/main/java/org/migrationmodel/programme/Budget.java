package org.migrationmodel.programme;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.math.BigDecimal;
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
