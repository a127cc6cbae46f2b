package org.migrationmodel.text;

import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import org.immutables.value.Value;
import org.migrationmodel.internal.ValueStyle;
import org.migrationmodel.taxonomy.Term;

/**
 * One term a {@link TextClassifier} suggests for a text: how likely it applies and the words of the
 * text that support it. Immutable.
 *
 * @param <T> the kind of term: an activity, a cross-cutting activity or a population group
 */
@Value.Immutable
@ValueStyle
public abstract class TermSuggestion<T extends Term> implements Serializable {
  private static final long serialVersionUID = 1L;

  TermSuggestion() {}

  /**
   * The suggested term.
   *
   * @return the term, never null
   */
  @Value.Parameter
  public abstract T term();

  /**
   * How likely the term applies to the programme, from 0 to 1; {@link TextClassification} says what
   * it estimates for each kind of term.
   *
   * @return the confidence, at least 0 and at most 1
   */
  @Value.Parameter
  public abstract double confidence();

  /**
   * The phrases of the text, as written, that support the term, strongest first.
   *
   * @return an immutable list, never null
   */
  @Value.Parameter
  public abstract ImmutableList<String> evidence();

  /**
   * A suggestion.
   *
   * @param <T> the kind of term
   * @param term the term; not null
   * @param confidence from 0 to 1
   * @param evidence the supporting phrases, strongest first; not null, no null element
   * @return the suggestion, never null
   * @throws NullPointerException when an argument or an element of evidence is null
   * @throws IllegalStateException when confidence is not between 0 and 1
   */
  public static <T extends Term> TermSuggestion<T> of(
      T term, double confidence, Iterable<String> evidence) {
    return ImmutableTermSuggestion.of(term, confidence, evidence);
  }

  @Value.Check
  void checkConfidence() {
    checkState(
        confidence() >= 0 && confidence() <= 1,
        "confidence %s is not between 0 and 1",
        confidence());
  }
}
