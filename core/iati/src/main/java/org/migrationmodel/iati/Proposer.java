package org.migrationmodel.iati;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.migrationmodel.crosswalk.Crosswalk;
import org.migrationmodel.crosswalk.DacPurposeCode;
import org.migrationmodel.crosswalk.Framework;
import org.migrationmodel.crosswalk.Link;
import org.migrationmodel.crosswalk.Strength;
import org.migrationmodel.crosswalk.Target;
import org.migrationmodel.taxonomy.Activity;

/**
 * Proposes activities for an activity this library did not write: each DAC sector is read backwards
 * through the crosswalk, its share divided among the activities linked to its code (a related link
 * counting half), and the text classifier's suggestions add their scores. The primary activity is
 * proposed only when one activity's total weight stands strictly above all others.
 */
final class Proposer {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final double RELATED_FACTOR = 0.5;

  private final Crosswalk crosswalk;
  private final Optional<TextClassifier> classifier;

  Proposer(Crosswalk crosswalk, Optional<TextClassifier> classifier) {
    this.crosswalk = crosswalk;
    this.classifier = classifier;
  }

  /** A DAC sector of the activity read. */
  record DacSector(String code, BigDecimal percentage, String xpath, int line) {}

  /** The proposals, strongest activity first, and the primary activity when one stands out. */
  record Outcome(ImmutableList<Proposal> proposals, Optional<Activity> primary) {}

  /** The crosswalk's activities for a DAC code; empty when the code is not one the model uses. */
  ImmutableList<Link> links(String code) {
    Optional<Target> target = Framework.DAC.find(code);
    if (target.isEmpty()) {
      return ImmutableList.of();
    }
    return crosswalk.linksTo((DacPurposeCode) target.get()).stream()
        .filter(link -> link.source() instanceof Activity)
        .collect(ImmutableList.toImmutableList());
  }

  Outcome propose(List<DacSector> sectors, String title, String description) {
    List<Proposal> proposals = new ArrayList<>();
    for (DacSector sector : sectors) {
      ImmutableList<Link> links = links(sector.code());
      BigDecimal percentage = sector.percentage() == null ? HUNDRED : sector.percentage();
      double share = percentage.doubleValue() / 100 / Math.max(links.size(), 1);
      for (Link link : links) {
        double weight = link.strength() == Strength.PRIMARY ? share : share * RELATED_FACTOR;
        proposals.add(
            new Proposal(
                (Activity) link.source(),
                Proposal.Source.DAC_SECTOR,
                weight,
                "DAC "
                    + sector.code()
                    + " ("
                    + percentage.toPlainString()
                    + "%) at "
                    + sector.xpath()
                    + ", line "
                    + sector.line()
                    + ": "
                    + link.strength().name().toLowerCase(java.util.Locale.ROOT)
                    + " DAC code of "
                    + link.source().code()
                    + " among "
                    + links.size()
                    + " activities"));
      }
    }
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
    Comparator<Proposal> strongestFirst =
        Comparator.<Proposal>comparingDouble(proposal -> -totals.get(proposal.activity()))
            .thenComparing(Proposal::activity)
            .thenComparing(proposal -> -proposal.weight());
    proposals.sort(strongestFirst);
    return new Outcome(ImmutableList.copyOf(proposals), standout(totals));
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
}
