package org.migrationmodel.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import org.migrationmodel.taxonomy.Term;

/**
 * One term a {@link TextClassifier} suggests for a text: how likely it applies and the words of the
 * text that support it. Immutable.
 *
 * <p>A record rather than an Immutables value type: the generated class of a generic value type
 * lacks the {@code @param <T>} that javadoc requires. Its serialized form is left out of the
 * documentation ({@code @serial exclude}): JDK 17's javadoc asks a comment of a serializable
 * record's implicit fields, which cannot carry one.
 *
 * @param <T> the kind of term: an activity, a cross-cutting activity or a population group
 * @param term the suggested term
 * @param confidence how likely the term applies to the programme, from 0 to 1; {@link
 *     TextClassification} says what it estimates for each kind of term
 * @param evidence the phrases of the text, as written, that support the term, strongest first
 * @serial exclude
 */
public record TermSuggestion<T extends Term>(
    T term, double confidence, ImmutableList<String> evidence) implements Serializable {

  /**
   * Checks the components.
   *
   * @param term the suggested term; not null
   * @param confidence from 0 to 1
   * @param evidence the supporting phrases, strongest first; not null
   * @throws NullPointerException when term or evidence is null
   * @throws IllegalArgumentException when confidence is not between 0 and 1
   */
  public TermSuggestion {
    checkNotNull(term, "term");
    checkNotNull(evidence, "evidence");
    checkArgument(
        confidence >= 0 && confidence <= 1, "confidence %s is not between 0 and 1", confidence);
  }

  /**
   * A suggestion, its evidence copied.
   *
   * @param <T> the kind of term
   * @param term the term; not null
   * @param confidence from 0 to 1
   * @param evidence the supporting phrases, strongest first; not null, no null element
   * @return the suggestion, never null
   * @throws NullPointerException when an argument or an element of evidence is null
   * @throws IllegalArgumentException when confidence is not between 0 and 1
   */
  public static <T extends Term> TermSuggestion<T> of(
      T term, double confidence, Iterable<String> evidence) {
    return new TermSuggestion<>(term, confidence, ImmutableList.copyOf(evidence));
  }
}
