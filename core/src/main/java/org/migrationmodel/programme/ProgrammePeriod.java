package org.migrationmodel.programme;

import com.google.common.collect.ImmutableMap;
import java.io.Serializable;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.migrationmodel.internal.ValueStyle;

/**
 * When a programme runs: a start and an end date, both inclusive. Construction accepts any two
 * dates; the validator reports a start after the end.
 */
@Value.Immutable
@ValueStyle
public abstract class ProgrammePeriod implements Serializable {
  private static final long serialVersionUID = 1L;

  ProgrammePeriod() {}

  /**
   * The first day of the programme.
   *
   * @return the date, never null
   */
  @Value.Parameter
  public abstract LocalDate start();

  /**
   * The last day of the programme.
   *
   * @return the date, never null
   */
  @Value.Parameter
  public abstract LocalDate end();

  /**
   * A copy of this period with another start.
   *
   * @param start the new start; not null
   * @return a new period, or this one when the start is the same
   */
  public abstract ProgrammePeriod withStart(LocalDate start);

  /**
   * A copy of this period with another end.
   *
   * @param end the new end; not null
   * @return a new period, or this one when the end is the same
   */
  public abstract ProgrammePeriod withEnd(LocalDate end);

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
   * A period from a start to an end date.
   *
   * @param start the first day; not null
   * @param end the last day; not null
   * @return the period, never null
   */
  public static ProgrammePeriod of(LocalDate start, LocalDate end) {
    return ImmutableProgrammePeriod.of(start, end);
  }

  /**
   * A new builder.
   *
   * @return a builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProgrammePeriod}; {@code start} and {@code end} are required. */
  public static final class Builder extends ImmutableProgrammePeriod.Builder {
    Builder() {}
  }
}
