package org.migrationmodel.benchmarks;

import static org.migrationmodel.benchmarks.BenchmarkSuite.grouped;
import static org.migrationmodel.benchmarks.BenchmarkSuite.median;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;

/** The suite's results as the Markdown table and ratios that docs/benchmarks.md quotes. */
final class SuiteTable {
  private static final String ALLOCATION = "gc.alloc.rate.norm";
  private static final double MEGABYTE = 1_000_000;

  private static final List<Row> ROWS =
      List.of(
          new Row("0", "jacksonTokens", "Jackson's token stream alone (`TokenPass` in memory)", 1),
          new Row("1", "jacksonTree", "Jackson `readTree` to `JsonNode` (floor)", 1),
          new Row("2", "jacksonDatabind", "Jackson databind into `Programme`, no validation", 1),
          new Row("3", "strictReadAndValidate", "Strict read + standard validation", 1),
          new Row("3l", "lenientReadAndValidate", "Lenient read + standard validation", 1),
          new Row("3r", "strictRead", "Strict read alone (3 without validation)", 1),
          new Row("4", "networkntSchema", "networknt: `readTree` + `programme.schema.json`", 1),
          new Row("5", "validationAlone", "Standard validation alone, built programmes", 1),
          new Row("3", "strictReadAndValidate", "Strict read + validation, shared validator", 2),
          new Row("5", "validationAlone", "Validation alone, shared validator", 2));

  private final Corpus corpus;
  private final List<RunResult> results;

  private SuiteTable(Corpus corpus, List<RunResult> results) {
    this.corpus = corpus;
    this.results = results;
  }

  static SuiteTable of(Corpus corpus, List<RunResult> results) {
    return new SuiteTable(corpus, results);
  }

  String toMarkdown() {
    StringBuilder out = new StringBuilder();
    int[] lengths = corpus.sortedLengths();
    out.append(
        String.format(
            Locale.ROOT,
            "Corpus: %s records, %.1f MB; bytes per record: mean %.0f, min %d, median %d, p99 %d,"
                + " max %d; %.1f%% of records above 1,000 bytes.%n%n",
            grouped(lengths.length),
            corpus.meanLength() * lengths.length / MEGABYTE,
            corpus.meanLength(),
            lengths[0],
            lengths[lengths.length / 2],
            lengths[(int) (lengths.length * 0.99)],
            lengths[lengths.length - 1],
            100.0
                * Arrays.stream(lengths).filter(length -> length > 1000).count()
                / lengths.length));
    out.append(
        "| # | Benchmark | Threads | Records/s per thread (median) | Iterations min–max |"
            + " MB/s per thread | Bytes allocated per record |\n");
    out.append("|---|---|--:|--:|--:|--:|--:|\n");
    for (Row row : ROWS) {
      find(row).ifPresent(result -> out.append(line(row, result)));
    }
    out.append('\n');
    double tree = throughput("jacksonTree", 1);
    double validating = throughput("strictReadAndValidate", 1);
    double schema = throughput("networkntSchema", 1);
    ratio(out, "3/1 throughput (target >= 1.0)", validating, tree);
    ratio(out, "3l/1 throughput (target >= 0.9)", throughput("lenientReadAndValidate", 1), tree);
    ratio(out, "5/1 throughput (target >= 5)", throughput("validationAlone", 1), tree);
    ratio(
        out,
        "3/0 throughput (no target: the share of the bare token stream)",
        validating,
        throughput("jacksonTokens", 1));
    ratio(out, "4/3 throughput (target <= 0.2, that is 3 at least 5 times 4)", schema, validating);
    ratio(
        out,
        "3/2 bytes allocated per record (target <= 1.0)",
        allocation("strictReadAndValidate"),
        allocation("jacksonDatabind"));
    ratio(
        out,
        "3, 2 threads / 1 thread, total records/s (target >= 1.6)",
        2 * throughput("strictReadAndValidate", 2),
        validating);
    ratio(
        out,
        "5, 2 threads / 1 thread, total programmes/s",
        2 * throughput("validationAlone", 2),
        throughput("validationAlone", 1));
    return out.toString();
  }

  private String line(Row row, RunResult result) {
    Statistics iterations = result.getPrimaryResult().getStatistics();
    double perThread = median(result.getPrimaryResult()) / row.threads;
    boolean bytesIn = !row.method.equals("validationAlone");
    return String.format(
        Locale.ROOT,
        "| %s | %s | %d | %s | %s–%s | %s | %s |%n",
        row.number,
        row.label,
        row.threads,
        grouped(perThread),
        grouped(iterations.getMin() / row.threads),
        grouped(iterations.getMax() / row.threads),
        bytesIn
            ? String.format(Locale.ROOT, "%.1f", perThread * corpus.meanLength() / MEGABYTE)
            : "–",
        allocation(result).map(BenchmarkSuite::grouped).orElse("–"));
  }

  private static void ratio(StringBuilder out, String name, double numerator, double denominator) {
    out.append(String.format(Locale.ROOT, "- %s: %.2f%n", name, numerator / denominator));
  }

  private double throughput(String method, int threads) {
    return find(new Row("", method, "", threads))
        .map(result -> median(result.getPrimaryResult()) / threads)
        .orElse(Double.NaN);
  }

  private double allocation(String method) {
    return find(new Row("", method, "", 1)).flatMap(SuiteTable::allocation).orElse(Double.NaN);
  }

  private static Optional<Double> allocation(RunResult result) {
    Result<?> allocation = result.getSecondaryResults().get(ALLOCATION);
    return Optional.ofNullable(allocation).map(BenchmarkSuite::median);
  }

  private Optional<RunResult> find(Row row) {
    return results.stream()
        .filter(result -> result.getParams().getBenchmark().endsWith("." + row.method))
        .filter(result -> result.getParams().getThreads() == row.threads)
        .findFirst();
  }

  /** One line of the table: a benchmark method at a number of threads. */
  private record Row(String number, String method, String label, int threads) {}
}
