package org.migrationmodel.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the whole suite with JMH's GC profiler, on one thread and then the shared-validator
 * benchmarks on two, and prints the table of docs/benchmarks.md with its ratios. Arguments are
 * JMH's own (such as {@code -f 1 -i 3}) and override the benchmarks' defaults.
 */
public final class BenchmarkSuite {
  private static final String RECORDS = RecordBenchmarks.class.getName() + ".";
  private static final String SHARED = RECORDS + "(strictReadAndValidate|validationAlone)$";

  private BenchmarkSuite() {}

  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    Options given = new CommandLineOptions(args);
    List<RunResult> results = new ArrayList<>();
    results.addAll(run(given, RECORDS, 1));
    results.addAll(run(given, SHARED, 2));
    Corpus corpus = Corpus.generate();
    System.out.println();
    System.out.print(SuiteTable.of(corpus, results).toMarkdown());
  }

  private static Collection<RunResult> run(Options given, String include, int threads)
      throws RunnerException {
    Options options =
        new OptionsBuilder()
            .parent(given)
            .include(include)
            .threads(threads)
            .addProfiler(GCProfiler.class)
            .build();
    return new Runner(options).run();
  }

  /** A JMH score, such as 1234567.8, as digits grouped by thousands. */
  static String grouped(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }

  /** A primary or secondary result's median over the measured iterations. */
  static double median(Result<?> result) {
    return result.getStatistics().getPercentile(50);
  }
}
