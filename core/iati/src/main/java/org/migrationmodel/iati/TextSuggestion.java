package org.migrationmodel.iati;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.migrationmodel.taxonomy.Activity;

/**
 * An activity a {@link TextClassifier} suggests for a text, how strongly, and why.
 *
 * @param activity the activity suggested
 * @param score how well it fits, above 0 and at most 1
 * @param evidence what in the text supports it, such as the words matched; not blank
 */
public record TextSuggestion(Activity activity, double score, String evidence) {

  /**
   * Checks the parts.
   *
   * @param activity the activity suggested
   * @param score how well it fits, above 0 and at most 1
   * @param evidence what in the text supports it, such as the words matched; not blank
   */
  public TextSuggestion {
    checkNotNull(activity, "activity");
    checkArgument(score > 0 && score <= 1, "score %s is not in (0, 1]", score);
    checkArgument(!checkNotNull(evidence, "evidence").isBlank(), "The evidence is blank");
  }
}
