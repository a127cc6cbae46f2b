package org.migrationmodel.iati;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.Severity;

/**
 * Groups what the activities of one file keep no place for into one {@link IatiProblem#UNMAPPED}
 * finding per kind, with how many there were, in how many activities, and where the first was, so
 * that nothing is dropped and the findings that matter are not drowned. The kinds kept apart are
 * bounded; past the bound, the rest are counted in one more finding.
 */
final class NotKeptTally {
  private static final int MAX_KINDS = 1000;

  private final Map<String, Group> groups = new LinkedHashMap<>();
  private long otherParts;
  private At firstOther;

  private static final class Group {
    private final NotKept first;
    private long count;
    private long activities;
    private long lastActivity = -1;

    Group(NotKept first) {
      this.first = first;
    }
  }

  /**
   * Counts the parts one activity keeps no place for.
   *
   * @param activity the activity's number in the file, from 0
   */
  void add(long activity, Iterable<NotKept> parts) {
    for (NotKept part : parts) {
      Group group = groups.get(part.kind());
      if (group == null) {
        if (groups.size() >= MAX_KINDS) {
          otherParts++;
          firstOther = firstOther == null ? part.at() : firstOther;
          continue;
        }
        group = new Group(part);
        groups.put(part.kind(), group);
      }
      group.count++;
      if (group.lastActivity != activity) {
        group.activities++;
        group.lastActivity = activity;
      }
    }
  }

  /** One finding per kind, in the order each kind was first met. */
  ImmutableList<Finding> findings() {
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    for (Group group : groups.values()) {
      findings.add(
          IatiFindings.imported(
              IatiProblem.UNMAPPED,
              Severity.INFO,
              group.first.at(),
              ElementReader.sentence(group.first.what()).replaceFirst("\\.$", "")
                  + String.format(
                      Locale.ROOT,
                      ": %,d in %,d %s, the first here.",
                      group.count,
                      group.activities,
                      group.activities == 1 ? "activity" : "activities")));
    }
    if (otherParts > 0) {
      findings.add(
          IatiFindings.imported(
              IatiProblem.UNMAPPED,
              Severity.INFO,
              firstOther,
              String.format(
                  Locale.ROOT,
                  "%,d more elements and attributes of kinds past the first %d are not kept either,"
                      + " the first here.",
                  otherParts,
                  MAX_KINDS)));
    }
    return findings.build();
  }
}
