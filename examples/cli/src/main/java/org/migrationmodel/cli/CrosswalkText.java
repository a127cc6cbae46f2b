package org.migrationmodel.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.migrationmodel.crosswalk.Crosswalk;
import org.migrationmodel.crosswalk.Framework;
import org.migrationmodel.crosswalk.GcmObjective;
import org.migrationmodel.crosswalk.Link;
import org.migrationmodel.crosswalk.ProgrammeCrosswalk;
import org.migrationmodel.crosswalk.Strength;
import org.migrationmodel.crosswalk.Target;
import org.migrationmodel.json.ReadResult;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.report.UnreadRecords;
import org.migrationmodel.taxonomy.Term;

/** Prints crosswalk views as text for a terminal. */
final class CrosswalkText {
  private final Crosswalk crosswalk;
  private final PrintWriter out;

  CrosswalkText(Crosswalk crosswalk, PrintWriter out) {
    this.crosswalk = crosswalk;
    this.out = out;
  }

  /** A term's links, framework by framework, and why it has no GCM link if it has none. */
  void term(Term term) {
    out.println(term.code() + ": " + label(term) + " (" + term.vocabulary().id() + ")");
    for (Framework framework : Framework.values()) {
      for (Link link : crosswalk.linksFrom(term)) {
        if (link.target().framework() == framework) {
          out.println(
              "  "
                  + framework.id().toUpperCase(Locale.ROOT)
                  + " "
                  + link.target().code()
                  + " "
                  + link.strength()
                  + ": "
                  + link.target().title());
          out.println("      " + link.justification());
        }
      }
    }
    crosswalk.outsideGcm(term).ifPresent(reason -> out.println("  Outside the GCM: " + reason));
  }

  /** The terms that serve a GCM objective, or that it is a gap of the model. */
  void objective(GcmObjective objective) {
    out.println(
        "GCM objective "
            + objective.number()
            + ", "
            + objective.shortLabel()
            + ": "
            + objective.title());
    if (crosswalk.gcmGaps().contains(objective)) {
      out.println("  No activity or cross-cutting activity of the model serves it: a gap.");
    }
    for (Link link : crosswalk.linksTo(objective)) {
      out.println(
          "  "
              + link.strength()
              + " "
              + link.source().code()
              + " ("
              + link.source().vocabulary().id()
              + "): "
              + link.justification());
    }
  }

  /** One programme's view in every framework. */
  void programme(Programme programme) {
    ProgrammeCrosswalk view = crosswalk.forProgramme(programme);
    out.println(programme.id() + ": " + programme.title());
    out.println("  GCM:   " + targets(view.gcmObjectives()));
    out.println("  SDG:   " + targets(view.sdgTargets()));
    out.println("  UNHCR: " + targets(view.unhcrPopulationTypes()));
    out.println(
        "  DAC:   "
            + view.dacShares().entrySet().stream()
                .map(share -> share.getKey().code() + " " + percent(share.getValue()))
                .collect(Collectors.joining(", ")));
    view.outsideGcm()
        .forEach(
            (term, reason) -> out.println("  Outside the GCM: " + term.code() + ": " + reason));
  }

  /** A record that could not be read into a programme. */
  void unreadable(String input, ReadResult record) {
    out.println(UnreadRecords.describe(input, record));
  }

  private static String targets(Map<? extends Target, Strength> targets) {
    if (targets.isEmpty()) {
      return "(none)";
    }
    return targets.entrySet().stream()
        .map(
            entry ->
                (entry.getKey().code() + " " + shortTitle(entry.getKey())).strip()
                    + (entry.getValue() == Strength.PRIMARY ? "" : " (related)"))
        .collect(Collectors.joining("; "));
  }

  // SDG targets have no short label and their titles run to whole paragraphs: the code says it.
  private static String shortTitle(Target target) {
    if (target instanceof GcmObjective objective) {
      return objective.shortLabel();
    }
    return target.framework() == Framework.SDG ? "" : target.title();
  }

  private static String percent(BigDecimal share) {
    return share.toPlainString() + "%";
  }

  private static String label(Term term) {
    return term.displayName(Locale.ENGLISH);
  }
}
