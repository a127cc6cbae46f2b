package org.migrationmodel.suggester;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.text.TermSuggestion;
import org.migrationmodel.text.TextClassification;
import org.migrationmodel.validation.Pointers;
import org.migrationmodel.validation.RuleContext;

/**
 * The logic of the {@link SuggesterRules#PRIMARY_ACTIVITY_TEXT_MISMATCH} rule: the programme's
 * title and description do not {@linkplain TextClassification#contradicts(Activity) contradict} its
 * primary activity. A text the suggester judges not about migration, or does not read, suggests no
 * activity and so contradicts none: the rule stays silent rather than guess. Kept apart from {@link
 * PrimaryActivityTextRule}, which only registers it with a validator.
 */
final class PrimaryActivityTextCheck {
  /** How many phrases of evidence the message quotes per activity. */
  private static final int QUOTED = 3;

  private final Suggester suggester;

  PrimaryActivityTextCheck(Suggester suggester) {
    this.suggester = suggester;
  }

  void check(Programme programme, RuleContext context) {
    Optional<Activity> primary = programme.classification().primaryActivity();
    if (primary.isEmpty()) {
      return;
    }
    TextClassification classification = suggester.classify(programme);
    if (!classification.contradicts(primary.get())) {
      return;
    }
    ImmutableList<TermSuggestion<Activity>> top =
        classification
            .activities()
            .subList(
                0, Math.min(TextClassification.AGREEING_RANKS, classification.activities().size()));
    String pointedTo =
        top.stream()
            .map(
                s ->
                    String.format(
                        Locale.ROOT,
                        "%s (confidence %.2f: %s)",
                        s.term().code(),
                        s.confidence(),
                        s.evidence().stream()
                            .limit(QUOTED)
                            .map(e -> "\"" + e + "\"")
                            .collect(Collectors.joining(", "))))
            .collect(Collectors.joining("; "));
    context.report(
        Pointers.of("classification", "primaryActivity"),
        "The primary activity "
            + primary.get().code()
            + " is not among the activities the title and description point to: "
            + pointedTo
            + ". Check the classification, or the text if it describes another programme.",
        top.stream().map(s -> s.term().code()).collect(ImmutableList.toImmutableList()));
  }
}
