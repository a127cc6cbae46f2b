package org.migrationmodel.suggester;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.migrationmodel.suggester.LabelledSet.Programme;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.SupportedLanguage;
import org.migrationmodel.text.TermSuggestion;
import org.migrationmodel.text.TextClassification;

/** Top-1 accuracy, top-3 recall and the misses of the suggester over labelled programmes. */
final class Accuracy {
  final ImmutableList<Result> results;

  /** One programme's outcome: where its expected activity ranked (0 when absent). */
  record Result(
      Programme programme,
      int rank,
      ImmutableList<Activity> top3,
      boolean languageRight,
      boolean aboutMigration) {}

  Accuracy(Suggester suggester, List<Programme> programmes) {
    List<Result> list = new ArrayList<>();
    for (Programme programme : programmes) {
      TextClassification classification =
          suggester.classify(programme.title(), programme.description());
      ImmutableList<Activity> ranked =
          classification.activities().stream()
              .map(TermSuggestion::term)
              .collect(ImmutableList.toImmutableList());
      int rank = ranked.indexOf(programme.expected()) + 1;
      list.add(
          new Result(
              programme,
              rank,
              ranked.subList(0, Math.min(3, ranked.size())),
              classification.language().equals(Optional.of(programme.language())),
              classification.aboutMigration()));
    }
    results = ImmutableList.copyOf(list);
  }

  double topOne(Predicate<Programme> which) {
    return share(which, r -> r.rank == 1);
  }

  double topThree(Predicate<Programme> which) {
    return share(which, r -> r.rank >= 1 && r.rank <= 3);
  }

  long count(Predicate<Programme> which) {
    return results.stream().filter(r -> which.test(r.programme)).count();
  }

  private double share(Predicate<Programme> which, Predicate<Result> hit) {
    long all = count(which);
    long hits = results.stream().filter(r -> which.test(r.programme)).filter(hit).count();
    return all == 0 ? 0 : (double) hits / all;
  }

  /** The table and the misses, as Markdown for docs/suggester.md. */
  String report() {
    StringBuilder out = new StringBuilder();
    out.append("| set | language | n | top-1 | top-3 |\n|---|---|---:|---:|---:|\n");
    for (String split : List.of("all", "dev", "holdout")) {
      Predicate<Programme> inSplit =
          split.equals("all") ? p -> true : p -> p.heldOut() == split.equals("holdout");
      for (SupportedLanguage language : SupportedLanguage.values()) {
        row(out, split, language.tag(), inSplit.and(p -> p.language() == language));
      }
      row(out, split, "all", inSplit);
    }
    out.append("\nMisses (expected -> top 3):\n");
    for (Result r : results) {
      if (r.rank != 1) {
        out.append(
            String.format(
                Locale.ROOT,
                "- %s%s: %s %s; top 3 %s%n",
                r.programme.id(),
                r.programme.heldOut() ? " (held out)" : "",
                r.programme.expected(),
                r.aboutMigration
                    ? "ranked " + (r.rank == 0 ? "nowhere" : String.valueOf(r.rank))
                    : "not judged about migration",
                r.top3));
      }
    }
    return out.toString();
  }

  private void row(StringBuilder out, String split, String language, Predicate<Programme> which) {
    out.append(
        String.format(
            Locale.ROOT,
            "| %s | %s | %d | %.2f | %.2f |%n",
            split,
            language,
            count(which),
            topOne(which),
            topThree(which)));
  }
}
