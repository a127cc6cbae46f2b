package org.migrationmodel.iati;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.migrationmodel.programme.ProgrammePeriod;
import org.migrationmodel.validation.Severity;

/**
 * A programme's period from its activity's dates: the actual start (type 2) before the planned one
 * (1), the actual end (4) before the planned one (3). A planned date an actual one replaces is not
 * kept.
 */
final class ActivityPeriod {
  private static final String PLANNED_START = "1";
  private static final String ACTUAL_START = "2";
  private static final String PLANNED_END = "3";
  private static final String ACTUAL_END = "4";

  private ActivityPeriod() {}

  static Optional<ProgrammePeriod> of(RawActivity raw, MappingLog log) {
    Map<String, RawActivity.ActivityDate> byType = new LinkedHashMap<>();
    for (RawActivity.ActivityDate date : raw.dates()) {
      if (byType.putIfAbsent(date.type(), date) != null) {
        log.problem(
            IatiProblem.REPEATED,
            Severity.WARNING,
            date.at(),
            "a second activity date of type " + date.type() + ", ignored");
      }
    }
    Optional<RawActivity.ActivityDate> start =
        date(byType, ACTUAL_START, PLANNED_START, "start", log);
    Optional<RawActivity.ActivityDate> end = date(byType, ACTUAL_END, PLANNED_END, "end", log);
    if (start.isEmpty() || end.isEmpty()) {
      log.problem(
          IatiProblem.MISSING,
          Severity.WARNING,
          raw.at(),
          "the activity gives no "
              + (start.isEmpty() && end.isEmpty()
                  ? "start or end"
                  : start.isEmpty() ? "start" : "end")
              + " date, so no period");
      return Optional.empty();
    }
    return Optional.of(ProgrammePeriod.of(start.get().date(), end.get().date()));
  }

  private static Optional<RawActivity.ActivityDate> date(
      Map<String, RawActivity.ActivityDate> byType,
      String actualType,
      String plannedType,
      String what,
      MappingLog log) {
    RawActivity.ActivityDate actual = byType.get(actualType);
    RawActivity.ActivityDate planned = byType.get(plannedType);
    if (actual != null && planned != null) {
      log.notKept(
          NotKept.qualified(
              planned.at(),
              "[@type=" + plannedType + "]",
              "a planned " + what + " date is not kept where an actual one is given"));
    }
    return Optional.ofNullable(actual != null ? actual : planned);
  }
}
