package org.migrationmodel.programme;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
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
