package org.migrationmodel.programme;

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
   * A period from a start to an end date.
   *
   * @param start the first day; not null
   * @param end the last day; not null
   * @return the period, never null
   */
  public static ProgrammePeriod of(LocalDate start, LocalDate end) {
    return ImmutableProgrammePeriod.of(start, end);
  }
}
