package org.migrationmodel.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import org.migrationmodel.taxonomy.Activity;

/**
 * An activity proposed for an imported activity that this library did not write, with its evidence.
 * A proposal is a suggestion for a person to confirm, never a classification as written.
 *
 * @param activity the activity proposed
 * @param source where the evidence comes from
 * @param weight how much the evidence counts, above 0; proposals are ranked by their activity's
 *     total weight
 * @param evidence what supports it, with the element's XPath and line for a code
 */
public record Proposal(Activity activity, Source source, double weight, String evidence) {

  /** Where a proposal's evidence comes from. */
  public enum Source {
    /**
     * A code of the publisher's own sector vocabulary (98 or 99) that the library's table maps to
     * the model, such as IOM's project type: the publisher's own classification of the activity.
     */
    PUBLISHER_VOCABULARY,
    /**
     * An OECD DAC purpose code (sector vocabulary 1, or the category 930 of vocabulary 2), read
     * backwards through the crosswalk.
     */
    DAC_SECTOR,
    /**
     * An SDG target (tag vocabulary 3, sector vocabulary 8), read backwards through the crosswalk.
     */
    SDG_TARGET,
    /** The title and description, through the {@link org.migrationmodel.text.TextClassifier}. */
    TEXT
  }

  /**
   * Checks the parts.
   *
   * @param activity the activity proposed
   * @param source where the evidence comes from
   * @param weight how much the evidence counts, above 0; proposals are ranked by their activity's
   *     total weight
   * @param evidence what supports it, with the element's XPath and line for a code
   */
  public Proposal {
    checkNotNull(activity, "activity");
    checkNotNull(source, "source");
    checkNotNull(evidence, "evidence");
  }
}
