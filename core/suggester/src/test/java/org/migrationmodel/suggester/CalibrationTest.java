package org.migrationmodel.suggester;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.migrationmodel.suggester.LabelledSet.Programme;
import org.migrationmodel.text.TermSuggestion;
import org.migrationmodel.text.TextClassification;

/**
 * The first activity's confidence estimates the probability that it is right, alike for a title
 * alone and for a title with its description: on the labelled set, in five bins of confidence, the
 * mean confidence of each bin is close to the share of its texts ranked right, and repeating a
 * description (a longer text that says nothing new) hardly moves confidence. Prints the reliability
 * table for docs/suggester.md.
 */
class CalibrationTest {
  private static final int BINS = 5;
  private static ImmutableList<Programme> programmes;

  @BeforeAll
  static void read() {
    programmes = LabelledSet.read();
  }

  @Test
  void confidenceMatchesAccuracyForWholeTexts() {
    assertCalibrated("title and description", p -> classify(p.title(), p.description()));
  }

  @Test
  void confidenceMatchesAccuracyForTitlesAlone() {
    assertCalibrated("title alone", p -> classify(p.title(), ""));
  }

  @Test
  void aLongerTextThatSaysNothingNewHardlyRaisesConfidence() {
    double once = 0;
    double twice = 0;
    int texts = 0;
    for (Programme p : programmes) {
      TextClassification single = classify(p.title(), p.description());
      if (single.activities().isEmpty()) {
        continue;
      }
      TextClassification doubled = classify(p.title(), p.description() + " " + p.description());
      once += single.activities().get(0).confidence();
      twice += doubled.activities().get(0).confidence();
      texts++;
    }

    assertThat(texts).isGreaterThan(150);
    assertThat((twice - once) / texts).as("mean rise of confidence").isLessThan(0.05);
  }

  @Test
  void theConfidencesOfATextAddUpToOneAtMost() {
    for (Programme p : programmes) {
      double sum =
          classify(p.title(), p.description()).activities().stream()
              .mapToDouble(TermSuggestion::confidence)
              .sum();
      assertThat(sum).as(p.id()).isLessThanOrEqualTo(1.0 + 1e-9);
    }
  }

  private static TextClassification classify(String title, String description) {
    return Suggester.standard().classify(title, description);
  }

  private static void assertCalibrated(String what, Function<Programme, TextClassification> run) {
    double[] count = new double[BINS];
    double[] confidence = new double[BINS];
    double[] right = new double[BINS];
    int texts = 0;
    for (Programme p : programmes) {
      List<TermSuggestion<org.migrationmodel.taxonomy.Activity>> activities =
          run.apply(p).activities();
      if (activities.isEmpty()) {
        continue;
      }
      double first = activities.get(0).confidence();
      int bin = Math.min(BINS - 1, (int) (first * BINS));
      count[bin]++;
      confidence[bin] += first;
      right[bin] += activities.get(0).term() == p.expected() ? 1 : 0;
      texts++;
    }
    StringBuilder table =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "Reliability, %s (%d texts with an activity):%n"
                    + "| confidence | texts | mean confidence | ranked right |%n|---|---:|---:|---:|%n",
                what,
                texts));
    double error = 0;
    for (int b = 0; b < BINS; b++) {
      if (count[b] > 0) {
        table.append(
            String.format(
                Locale.ROOT,
                "| %.1f-%.1f | %d | %.2f | %.2f |%n",
                (double) b / BINS,
                (double) (b + 1) / BINS,
                (int) count[b],
                confidence[b] / count[b],
                right[b] / count[b]));
        error += Math.abs(confidence[b] - right[b]);
      }
    }
    double expectedError = error / texts;
    table.append(String.format(Locale.ROOT, "expected calibration error %.3f%n", expectedError));
    System.out.println(table);

    assertThat(texts).as("texts with an activity, %s", what).isGreaterThan(100);
    assertThat(expectedError).as("expected calibration error, %s", what).isLessThan(0.08);
  }
}
