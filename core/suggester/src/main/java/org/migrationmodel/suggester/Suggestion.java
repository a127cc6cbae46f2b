package org.migrationmodel.suggester;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.migrationmodel.taxonomy.Term;

/**
 * One suggested term with its score and the words of the text that support it.
 *
 * @param <T> the kind of term: an activity, a cross-cutting activity or a population group
 * @param term the suggested term
 * @param score the sum of the weights of the phrases found for it; higher is stronger, and only
 *     comparable between suggestions from the same suggester version
 * @param evidence the phrases of the text, as written, that gave the score, strongest first
 */
public record Suggestion<T extends Term>(T term, double score, ImmutableList<String> evidence) {

  /**
   * Checks the components.
   *
   * @param term the suggested term; not null
   * @param score the score
   * @param evidence the supporting phrases; not null
   * @throws NullPointerException when a component is null
   */
  public Suggestion {
    checkNotNull(term, "term");
    checkNotNull(evidence, "evidence");
  }
}
