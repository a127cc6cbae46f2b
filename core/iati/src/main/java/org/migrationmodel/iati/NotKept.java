package org.migrationmodel.iati;

/**
 * An element or attribute of an activity that the programme has no place for. The import groups
 * them by kind over the whole file, into one {@link IatiProblem#UNMAPPED} finding per kind with the
 * count and the first place.
 *
 * @param kind what groups it with others: the XPath without positions, and a qualifier where one
 *     path holds several kinds, such as {@code
 *     /iati-activities/iati-activity/sector[@vocabulary=10]}
 * @param what a sentence fragment saying what is not kept and why, the same for every one of the
 *     kind, such as {@code "the model has no place for transaction"}
 * @param at where this one is
 * @param derived whether the exporter derives it from the model, so that it is recognised, not
 *     reported, in an activity this library wrote
 */
record NotKept(String kind, String what, At at, boolean derived) {

  /** An element or attribute of a kind given by its place alone. */
  static NotKept at(At at, String what) {
    return new NotKept(at.generic(), what, at, false);
  }

  /** One of a kind narrower than its place, such as sectors of one vocabulary. */
  static NotKept qualified(At at, String qualifier, String what) {
    return new NotKept(at.generic() + qualifier, what, at, false);
  }

  /** A sector or tag of a vocabulary the model has no place for. */
  static NotKept vocabulary(RawActivity.Code code, String elements) {
    return qualified(
        code.at(),
        "[@vocabulary=" + code.vocabulary() + "]",
        elements + " of vocabulary " + code.vocabulary() + " have no place in the model");
  }

  /** An element the exporter derives from the model: not kept, and not reported when written. */
  static NotKept derived(At at, String what) {
    return new NotKept(at.generic(), what, at, true);
  }
}
