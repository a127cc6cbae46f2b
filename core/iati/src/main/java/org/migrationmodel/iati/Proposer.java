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
import org.migrationmodel.text.TermSuggestion;
import org.migrationmodel.text.TextClassification;
import org.migrationmodel.text.TextClassifier;
import org.migrationmodel.validation.Severity;

/**
 * Proposes a classification for an activity this library did not write, or says that the activity
 * does not appear to be about migration. Whether it is about migration weighs the activity's own
 * codes ({@link MigrationEvidence}) first and its text, when a {@link TextClassifier} is given, as
 * one more piece of evidence:
 *
 * <ul>
 *   <li>a migration code (a publisher's code the library maps, a migration DAC code or SDG target)
 *       makes it about migration, whatever the text says;
 *   <li>a displacement code (DAC 72010, 72050) does, unless the text was read and is not about
 *       migration;
 *   <li>a code the crosswalk links to the model but that is not about migration in itself (human
 *       rights, labour rights) does only with a text confidently about migration;
 *   <li>without any sector or tag but a publisher's own codes the library has no table for, a text
 *       confidently about migration does: nothing else speaks;
 *   <li>codes that place the activity elsewhere (health, water, roads) leave it not about
 *       migration, whatever the text says.
 * </ul>
 *
 * <p>The text classifier's activities then add their confidence to the codes' weights. The primary
 * activity is, when the publisher's own codes name activities, the heaviest of those (ties to the
 * one in the area the publisher names, then to the table's order); otherwise the one whose total
 * weight stands strictly above all others, if any, and if a code points to it or the text is
 * confident.
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
    Optional<TextClassification> text =
        classifier
            .filter(unused -> !(title + description).isBlank())
            .map(read -> read.classify(title, description));
    Optional<String> notAbout = notAboutMigration(evidence, text);
    if (notAbout.isPresent()) {
      log.problem(
          IatiProblem.NOT_MIGRATION,
          Severity.INFO,
          raw.at(),
          "the activity does not appear to be about migration, so no classification is proposed: "
              + notAbout.get()
              + " (looked at: "
              + evidence.lookedAt()
              + ")");
      return new Outcome(
          ClassificationSource.NONE, Classification.builder().build(), ImmutableList.of());
    }
    List<Proposal> proposals = new ArrayList<>(evidence.proposals());
    if (text.isPresent()) {
      String language = text.get().languageTag();
      for (TermSuggestion<Activity> suggestion : text.get().activities()) {
        if (suggestion.confidence() > 0) {
          proposals.add(
              new Proposal(
                  suggestion.term(),
                  Proposal.Source.TEXT,
                  suggestion.confidence(),
                  "text (" + language + "): " + String.join("; ", suggestion.evidence())));
        }
      }
    }
    Map<Activity, Double> totals = new EnumMap<>(Activity.class);
    proposals.forEach(
        proposal -> totals.merge(proposal.activity(), proposal.weight(), Double::sum));
    proposals.sort(
        Comparator.<Proposal>comparingDouble(proposal -> -totals.get(proposal.activity()))
            .thenComparing(Proposal::activity)
            .thenComparing(proposal -> -proposal.weight()));
    boolean textIsSure = text.filter(TextClassification::isConfident).isPresent();
    Optional<Activity> primary =
        evidence.candidates().isEmpty()
            ? standout(totals).filter(activity -> textIsSure || byCode(activity, proposals))
            : heaviestCandidate(evidence, totals);
    Classification.Builder classification =
        Classification.builder().crossCuttingActivities(evidence.crossCutting());
    primary.ifPresent(classification::primaryActivity);
    log.problem(
        IatiProblem.PROPOSED, Severity.INFO, raw.at(), message(evidence, primary, proposals));
    return new Outcome(
        ClassificationSource.PROPOSED, classification.build(), ImmutableList.copyOf(proposals));
  }

  /** Why the activity is not about migration; empty when it is. */
  private static Optional<String> notAboutMigration(
      MigrationEvidence evidence, Optional<TextClassification> text) {
    boolean read = text.flatMap(TextClassification::language).isPresent();
    boolean textSaysSo = text.filter(TextClassification::aboutMigration).isPresent();
    boolean textIsSure = textSaysSo && text.get().isConfident();
    if (evidence.migration()) {
      return Optional.empty();
    }
    if (evidence.displacement()) {
      return read && !textSaysSo
          ? Optional.of(
              "its displacement codes are not borne out by its text, read in "
                  + text.get().languageTag()
                  + " and not about migration")
          : Optional.empty();
    }
    if (!evidence.related() && !evidence.silent()) {
      // Codes of another sector outweigh a text that only touches on migration: a health project
      // that serves displaced people among others is still a health project to its publisher.
      return text.filter(TextClassification::describesMovement).isPresent()
          ? Optional.empty()
          : Optional.of(
              "none of its codes is one the model reads as migration, and its text does not"
                  + " describe migration work");
    }
    if (textIsSure) {
      return Optional.empty();
    }
    String codes =
        evidence.silent()
            ? "it has no code the library can read"
            : "its codes touch on migration only in general (human or labour rights, violence"
                + " against women)";
    String about =
        text.isEmpty()
            ? "no text was classified"
            : !read
                ? "its text is in a language the classifier does not read ("
                    + text.get().languageTag()
                    + ")"
                : "its text is not confidently about migration";
    return Optional.of(codes + ", and " + about);
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

  /** Whether a code, not only the text, points to the activity. */
  private static boolean byCode(Activity activity, List<Proposal> proposals) {
    return proposals.stream()
        .anyMatch(p -> p.activity() == activity && p.source() != Proposal.Source.TEXT);
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
    // Several pieces of evidence may propose one activity; what stands out is among activities.
    long proposed = proposals.stream().map(Proposal::activity).distinct().count();
    if (primary.isEmpty()) {
      return "the classification is proposed by the importer, not given in the file, and no activity"
          + " stands out of those proposed ("
          + proposed
          + "); choose one"
          + crossCutting;
    }
    String why =
        evidence.candidates().isEmpty()
            ? "it stands out of the activities proposed (" + proposed + ")"
            : evidence.candidates().size() == 1
                ? "the activity the publisher's own codes point to"
                : "the heaviest of the "
                    + evidence.candidates().size()
                    + " activities the publisher's own codes point to";
    return "the classification is proposed by the importer, not given in the file: primary activity "
        + primary.get().code()
        + ", "
        + why
        + crossCutting
        + "; confirm it";
  }
}
