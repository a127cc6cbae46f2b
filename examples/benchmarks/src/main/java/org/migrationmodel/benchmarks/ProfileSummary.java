package org.migrationmodel.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Says where the time of a benchmark goes, from the execution samples of a flight recording made
 * with JMH's {@code -prof jfr}: {@code java -cp examples/benchmarks/target/benchmarks.jar
 * org.migrationmodel.benchmarks.ProfileSummary FILE.jfr METHOD}. Each sample of the benchmark
 * method is put in the first part of the work its stack matches, and validation's samples also
 * under the rule whose check they are in.
 */
public final class ProfileSummary {
  // A sample belongs to the code that owns the innermost frame of the library or of Jackson: JDK
  // and Guava code counts for whoever called it.
  private static final List<Phase> PHASES =
      List.of(
          new Phase("validation (Validator.validate)", stack -> has(stack, ".Validator.validate")),
          new Phase("Jackson's parser", stack -> owner(stack, "com.fasterxml.jackson.")),
          new Phase(
              "the library's decoder (org.migrationmodel.json)",
              stack -> owner(stack, "org.migrationmodel.json.")),
          new Phase(
              "building model objects (Immutables builders)",
              stack -> owner(stack, "org.migrationmodel.programme.")),
          new Phase(
              "the benchmark's own loop", stack -> owner(stack, "org.migrationmodel.benchmarks.")),
          new Phase("other", stack -> true));
  private static final String RULES = "org.migrationmodel.validation.";

  private ProfileSummary() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ProfileSummary FILE.jfr METHOD");
      System.exit(2);
    }
    Map<String, Integer> phases = new TreeMap<>();
    Map<String, Integer> rules = new TreeMap<>();
    int samples = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample")
          || event.getStackTrace() == null) {
        continue;
      }
      List<String> stack =
          event.getStackTrace().getFrames().stream()
              .map(ProfileSummary::name)
              .collect(Collectors.toList());
      if (!has(stack, "." + args[1])) {
        continue;
      }
      samples++;
      Phase phase = PHASES.stream().filter(p -> p.matches.test(stack)).findFirst().orElseThrow();
      phases.merge(phase.label, 1, Integer::sum);
      stack.stream()
          .filter(frame -> frame.startsWith(RULES) && frame.endsWith(".check"))
          .reduce((inner, outer) -> outer)
          .ifPresent(rule -> rules.merge(rule.substring(RULES.length()), 1, Integer::sum));
    }
    System.out.println(samples + " samples of " + args[1]);
    print(phases, samples);
    System.out.println("Validation's samples by rule:");
    print(rules, samples);
  }

  private static void print(Map<String, Integer> counts, int samples) {
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(
            entry ->
                System.out.printf(
                    Locale.ROOT,
                    "%6.1f%%  %s%n",
                    100.0 * entry.getValue() / samples,
                    entry.getKey()));
  }

  private static String name(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }

  private static boolean has(List<String> stack, String frame) {
    return stack.stream().anyMatch(name -> name.endsWith(frame));
  }

  private static boolean owner(List<String> stack, String prefix) {
    return stack.stream()
        .filter(name -> name.startsWith("org.migrationmodel.") || name.startsWith("com.fasterxml."))
        .findFirst()
        .filter(name -> name.startsWith(prefix))
        .isPresent();
  }

  /** A part of the work, recognised by the stacks of its samples. */
  private record Phase(String label, Predicate<List<String>> matches) {}
}
