package org.migrationmodel.iati;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.migrationmodel.crosswalk.Crosswalk;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.validation.Severity;

/**
 * Proposes a classification for an activity this library did not write, or says that the activity
 * does not appear to be about migration. A proposal needs migration evidence in the activity's own
 * codes ({@link MigrationEvidence}): a publisher's code the library maps, a migration DAC code or
 * SDG target, or a displacement DAC code. The text classifier's suggestions then add their weight,
 * but text alone does not make an activity about migration. The primary activity is, when the
 * publisher's own codes name activities, the heaviest of those (ties to the one in the area the
 * publisher names, then to the table's order); otherwise the one whose total weight stands strictly
 * above all others, if any.
 */
final class Proposer {
  private final Crosswalk crosswalk;
  private final PublisherVocabularies vocabularies;
  private final Optional<TextClassifier> classifier;

  Proposer(
      Crosswalk crosswalk,
      PublisherVocabularies vocabularies,
      Optional<TextClassifier> classifier) {
    this.crosswalk = crosswalk;
    this.vocabularies = vocabularies;
    this.classifier = classifier;
  }

  /**
   * The proposed classification, with its evidence.
   *
   * @param source {@link ClassificationSource#PROPOSED}, or {@link ClassificationSource#NONE} when
   *     the activity does not appear to be about migration
   */
  record Outcome(
      ClassificationSource source,
      Classification classification,
      ImmutableList<Proposal> proposals) {}

  Outcome propose(
      RawActivity raw,
      List<RawActivity.Code> sectors,
      List<RawActivity.Code> tags,
      String title,
      String description,
      MappingLog log) {
    MigrationEvidence evidence =
        new MigrationEvidence(crosswalk, vocabularies)
            .gather(sectors, tags, raw.reportingRef(), log);
    if (!evidence.migration() && !evidence.displacement()) {
      log.problem(
          IatiProblem.NOT_MIGRATION,
          Severity.INFO,
          raw.at(),
          "the activity does not appear to be about migration, so no classification is proposed:"
              + " none of its codes is one the model reads as migration (looked at: "
              + evidence.lookedAt()
              + "); its text alone does not decide");
      return new Outcome(
          ClassificationSource.NONE, Classification.builder().build(), ImmutableList.of());
    }
    List<Proposal> proposals = new ArrayList<>(evidence.proposals());
    if (classifier.isPresent() && !(title + description).isBlank()) {
      for (TextSuggestion suggestion : classifier.get().suggest(title, description)) {
        proposals.add(
            new Proposal(
                suggestion.activity(),
                Proposal.Source.TEXT,
                suggestion.score(),
                "text: " + suggestion.evidence()));
      }
    }
    Map<Activity, Double> totals = new EnumMap<>(Activity.class);
    proposals.forEach(
        proposal -> totals.merge(proposal.activity(), proposal.weight(), Double::sum));
    proposals.sort(
        Comparator.<Proposal>comparingDouble(proposal -> -totals.get(proposal.activity()))
            .thenComparing(Proposal::activity)
            .thenComparing(proposal -> -proposal.weight()));
    Optional<Activity> primary =
        evidence.candidates().isEmpty() ? standout(totals) : heaviestCandidate(evidence, totals);
    Classification.Builder classification =
        Classification.builder().crossCuttingActivities(evidence.crossCutting());
    primary.ifPresent(classification::primaryActivity);
    log.problem(
        IatiProblem.PROPOSED, Severity.INFO, raw.at(), message(evidence, primary, proposals));
    return new Outcome(
        ClassificationSource.PROPOSED, classification.build(), ImmutableList.copyOf(proposals));
  }

  private static Optional<Activity> heaviestCandidate(
      MigrationEvidence evidence, Map<Activity, Double> totals) {
    List<Activity> candidates = evidence.candidates();
    return candidates.stream()
        .min(
            Comparator.<Activity>comparingDouble(activity -> -totals.getOrDefault(activity, 0.0))
                .thenComparing(activity -> evidence.areas().contains(activity.area()) ? 0 : 1)
                .thenComparingInt(candidates::indexOf));
  }

  private static Optional<Activity> standout(Map<Activity, Double> totals) {
    Activity best = null;
    double bestWeight = 0;
    double second = 0;
    for (Map.Entry<Activity, Double> total : totals.entrySet()) {
      if (total.getValue() > bestWeight) {
        second = bestWeight;
        bestWeight = total.getValue();
        best = total.getKey();
      } else if (total.getValue() > second) {
        second = total.getValue();
      }
    }
    return bestWeight > second ? Optional.ofNullable(best) : Optional.empty();
  }

  private static String message(
      MigrationEvidence evidence, Optional<Activity> primary, List<Proposal> proposals) {
    String crossCutting =
        evidence.crossCutting().isEmpty()
            ? ""
            : "; cross-cutting "
                + String.join(
                    ", ", evidence.crossCutting().stream().map(term -> term.code()).toList())
                + " from the publisher's own codes";
    if (primary.isEmpty()) {
      return "the classification is proposed, not written, and no activity stands out of "
          + proposals.size()
          + " proposals; choose one"
          + crossCutting;
    }
    String why =
        evidence.candidates().isEmpty()
            ? "it stands out of " + proposals.size() + " proposals"
            : evidence.candidates().size() == 1
                ? "the activity the publisher's own codes point to"
                : "the heaviest of the "
                    + evidence.candidates().size()
                    + " activities the publisher's own codes point to";
    return "the classification is proposed, not written: primary activity "
        + primary.get().code()
        + ", "
        + why
        + crossCutting
        + "; confirm it";
  }
}
