package org.migrationmodel.suggester;

import com.google.common.collect.ImmutableList;
import org.migrationmodel.taxonomy.Term;
import org.migrationmodel.text.TermSuggestion;

/**
 * Turns scores into confidences. An activity's confidence is its share of the text's evidence,
 * sharpened by a power, times a factor that grows with the first activity's score and levels off:
 * {@code (s_i^ALPHA / Σ s_j^ALPHA) × (1 − exp(−s_1 / KAPPA))}, an estimate of the probability that
 * the activity is the programme's primary one; the factor estimates that the right activity is
 * listed at all. Shares do not change when every score of a text grows alike, as when a description
 * is longer, and the factor is near 1 from one phrase in the title on: confidence does not grow
 * with the length of the text.
 *
 * <p>ALPHA and KAPPA maximise the likelihood of the expected activities of the project's labelled
 * sets (the 180 labelled descriptions and the 44 sample programmes, each whole and as its title
 * alone), searched on a grid of 0.1 and 0.5; docs/suggester.md gives the reliability table.
 */
final class Calibration {
  private static final double ALPHA = 2.5;
  private static final double KAPPA = 2.5;

  /**
   * The score from which a cross-cutting activity or a target group is listed, a phrase that names
   * it or a supporting word said more than once; its confidence there is one half.
   */
  static final double SUPPORTED = 3.0;

  private Calibration() {}

  /** Activities with their confidences, in the order given (highest score first). */
  static <T extends Term> ImmutableList<TermSuggestion<T>> ranked(ImmutableList<Scored<T>> scored) {
    if (scored.isEmpty()) {
      return ImmutableList.of();
    }
    double total = 0;
    for (Scored<T> s : scored) {
      total += Math.pow(s.score(), ALPHA);
    }
    double strength = 1 - Math.exp(-scored.get(0).score() / KAPPA);
    ImmutableList.Builder<TermSuggestion<T>> ranked = ImmutableList.builder();
    for (Scored<T> s : scored) {
      double share = Math.pow(s.score(), ALPHA) / total;
      ranked.add(TermSuggestion.of(s.term(), share * strength, s.evidence()));
    }
    return ranked.build();
  }

  /** Terms a text supports independently of each other, with confidences from their own scores. */
  static <T extends Term> ImmutableList<TermSuggestion<T>> supported(
      ImmutableList<Scored<T>> scored) {
    return scored.stream()
        .map(
            s -> TermSuggestion.of(s.term(), 1 - Math.pow(2, -s.score() / SUPPORTED), s.evidence()))
        .collect(ImmutableList.toImmutableList());
  }
}
