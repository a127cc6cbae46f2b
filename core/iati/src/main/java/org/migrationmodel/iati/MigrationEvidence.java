package org.migrationmodel.iati;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.migrationmodel.crosswalk.Crosswalk;
import org.migrationmodel.crosswalk.Framework;
import org.migrationmodel.crosswalk.Link;
import org.migrationmodel.crosswalk.Strength;
import org.migrationmodel.crosswalk.Target;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.Area;
import org.migrationmodel.taxonomy.CrossCuttingActivity;
import org.migrationmodel.validation.Severity;

/**
 * What an activity's codes say about migration, gathered for the {@link Proposer}: proposals from
 * the publisher's own vocabulary, OECD DAC sectors and SDG targets, and whether any of them is
 * migration evidence. Codes count in three degrees:
 *
 * <ul>
 *   <li><b>migration codes</b>, evidence on their own: a publisher's code the library's table maps
 *       to the model, such as IOM's project types; DAC 15190 (migration), 15136 (immigration),
 *       24050 (remittances), 93010 to 93018 and category 930 (refugees in donor countries); SDG
 *       targets 10.7 (migration policies) and 10.c (remittance costs);
 *   <li><b>displacement codes</b>, DAC 72010 (material relief, which covers refugees and internally
 *       displaced people) and 72050 (relief co-ordination), and the humanitarian clusters of camp
 *       management and shelter in the table: evidence unless the text says otherwise;
 *   <li>other codes the crosswalk links to activities (human rights, labour rights, violence
 *       against women, other SDG targets): they weigh among the proposals, but say nothing of
 *       migration on their own.
 * </ul>
 *
 * <p>An activity whose only codes, if any, are a publisher's own that the library has no table for,
 * or codes of a vocabulary IATI does not list, is {@linkplain #silent() silent}: its codes say
 * nothing either way, since only their publisher knows what they mean. A code of a public
 * vocabulary places the activity somewhere, even one the library does not read (an SDG goal, a
 * COFOG function).
 *
 * <p>Gathered once per activity; not shared.
 */
final class MigrationEvidence {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final double RELATED_FACTOR = 0.5;
  private static final ImmutableSet<String> MIGRATION_DAC =
      ImmutableSet.of(
          "15190", "15136", "24050", "93010", "93011", "93012", "93013", "93014", "93015", "93016",
          "93017", "93018");
  private static final ImmutableSet<String> DISPLACEMENT_DAC = ImmutableSet.of("72010", "72050");
  private static final ImmutableSet<String> MIGRATION_SDG = ImmutableSet.of("10.7", "10.c");
  private static final String REFUGEES_IN_DONOR_COUNTRIES = "93010";
  private static final String DAC_CATEGORY_REFUGEES = "930";
  private static final int LISTED = 12;

  private final Crosswalk crosswalk;
  private final PublisherVocabularies vocabularies;
  private final List<Proposal> proposals = new ArrayList<>();
  private final Set<Activity> candidates = new LinkedHashSet<>();
  private final Set<CrossCuttingActivity> crossCutting = new LinkedHashSet<>();
  private final Set<Area> areas = new LinkedHashSet<>();
  private final List<String> lookedAt = new ArrayList<>();
  private final List<String> publisherCodes = new ArrayList<>();
  private boolean migration;
  private boolean displacement;
  private boolean related;
  private boolean read;

  MigrationEvidence(Crosswalk crosswalk, PublisherVocabularies vocabularies) {
    this.crosswalk = crosswalk;
    this.vocabularies = vocabularies;
  }

  /** Reads the activity's sectors and tags, other than this library's own. */
  MigrationEvidence gather(
      List<RawActivity.Code> sectors,
      List<RawActivity.Code> tags,
      Optional<String> reportingRef,
      MappingLog log) {
    for (RawActivity.Code sector : sectors) {
      sector(sector, reportingRef, log);
    }
    read |= !tags.isEmpty();
    for (RawActivity.Code tag : tags) {
      if (tag.vocabulary().equals(ActivityXml.SDG_TARGET_VOCABULARY)) {
        sdgTarget(tag, log);
      } else {
        log.notKept(NotKept.vocabulary(tag, "tags"));
      }
    }
    return this;
  }

  private void sector(RawActivity.Code sector, Optional<String> reportingRef, MappingLog log) {
    if (sector.vocabulary().equals("98") || sector.vocabulary().equals("99")) {
      read |= publisher(sector, reportingRef, log);
      return;
    }
    if (!IatiCodes.isListedSectorVocabulary(sector.vocabulary())) {
      // A vocabulary IATI does not list says nothing either way, as a publisher's own code.
      looked(sector);
      log.notKept(NotKept.vocabulary(sector, "sectors"));
      return;
    }
    // A code of a public vocabulary places the activity, read or not.
    read = true;
    switch (sector.vocabulary()) {
      case "1" -> dac(sector, sector.code(), log);
      case "2" -> {
        if (sector.code().equals(DAC_CATEGORY_REFUGEES)) {
          dac(sector, REFUGEES_IN_DONOR_COUNTRIES, log);
        } else {
          looked(sector);
          notLinked(sector, "OECD DAC categories other than 930", log);
        }
      }
      case "8" -> sdgTarget(sector, log);
      default -> {
        looked(sector);
        log.notKept(NotKept.vocabulary(sector, "sectors"));
      }
    }
  }

  private void dac(RawActivity.Code sector, String code, MappingLog log) {
    looked(sector);
    String modelled = code.startsWith("9301") ? REFUGEES_IN_DONOR_COUNTRIES : code;
    migration |= MIGRATION_DAC.contains(code);
    displacement |= DISPLACEMENT_DAC.contains(code);
    List<Link> links = links(Framework.DAC, modelled);
    if (links.isEmpty()) {
      notLinked(sector, "OECD DAC sectors the crosswalk links to no activity", log);
    }
    linked(sector, links, Proposal.Source.DAC_SECTOR, "DAC " + sector.code());
  }

  private void sdgTarget(RawActivity.Code code, MappingLog log) {
    looked(code);
    String target = code.code().toLowerCase(Locale.ROOT);
    migration |= MIGRATION_SDG.contains(target);
    List<Link> links = links(Framework.SDG, target);
    if (links.isEmpty()) {
      notLinked(code, "SDG targets the crosswalk links to no activity", log);
    }
    linked(code, links, Proposal.Source.SDG_TARGET, "SDG target " + target);
  }

  /**
   * Reads a code of a publisher's own vocabulary.
   *
   * @return whether the library could read it: its vocabulary and the code are in the table
   */
  private boolean publisher(
      RawActivity.Code sector, Optional<String> reportingRef, MappingLog log) {
    Optional<PublisherVocabularies.Vocabulary> vocabulary =
        vocabularies.find(sector.vocabulary(), sector.uri(), reportingRef);
    if (vocabulary.isEmpty()) {
      looked(sector);
      log.notKept(
          NotKept.qualified(
              sector.at(),
              "[@vocabulary=" + sector.vocabulary() + "]",
              "sectors of a publisher's own vocabulary "
                  + sector.vocabulary()
                  + " that the library has no table for are not kept"));
      return false;
    }
    PublisherVocabularies.Entry entry = vocabulary.get().codes().get(sector.code());
    String label = vocabulary.get().label() + " code " + sector.code();
    if (entry == null) {
      publisherCodes.add(label + " (not in the library's table)");
      log.problem(
          IatiProblem.PUBLISHER_CODE_UNKNOWN,
          Severity.WARNING,
          sector.at(),
          "'"
              + sector.code()
              + "' is not a code of "
              + vocabulary.get().label()
              + " in the library's table; it adds nothing to the classification");
      return false;
    }
    entry.area().ifPresent(areas::add);
    if (!entry.classifies() && entry.area().isEmpty()) {
      publisherCodes.add(label + " (" + entry.name() + "), which has no place in the model");
      return true;
    }
    if (!entry.classifies()) {
      return true;
    }
    if (entry.displacement()) {
      displacement = true;
    } else {
      migration = true;
    }
    entry.crossCutting().ifPresent(crossCutting::add);
    candidates.addAll(entry.activities());
    double share = share(sector) / Math.max(entry.activities().size(), 1);
    for (Activity activity : entry.activities()) {
      proposals.add(
          new Proposal(
              activity,
              Proposal.Source.PUBLISHER_VOCABULARY,
              share,
              label
                  + " ("
                  + entry.name()
                  + ") at "
                  + place(sector.at())
                  + ": "
                  + (entry.activities().size() == 1
                      ? "the activity"
                      : "one of " + entry.activities().size() + " activities")
                  + " the library's table maps it to"));
    }
    return true;
  }

  private List<Link> links(Framework framework, String code) {
    Optional<Target> target = framework.find(code);
    if (target.isEmpty()) {
      return List.of();
    }
    return crosswalk.linksTo(target.get()).stream()
        .filter(link -> link.source() instanceof Activity)
        .toList();
  }

  private void linked(
      RawActivity.Code code, List<Link> links, Proposal.Source source, String name) {
    related |= !links.isEmpty();
    double share = share(code) / Math.max(links.size(), 1);
    for (Link link : links) {
      double weight = link.strength() == Strength.PRIMARY ? share : share * RELATED_FACTOR;
      proposals.add(
          new Proposal(
              (Activity) link.source(),
              source,
              weight,
              name
                  + " ("
                  + percent(code)
                  + "%) at "
                  + place(code.at())
                  + ": "
                  + link.strength().name().toLowerCase(Locale.ROOT)
                  + " link of "
                  + link.source().code()
                  + (links.size() == 1
                      ? ", the only activity linked"
                      : ", one of " + links.size() + " activities linked")));
    }
  }

  private static void notLinked(RawActivity.Code code, String what, MappingLog log) {
    log.notKept(
        NotKept.qualified(
            code.at(),
            "[@vocabulary=" + code.vocabulary() + "][unlinked]",
            what + " add nothing to the classification"));
  }

  private void looked(RawActivity.Code code) {
    if (lookedAt.size() < LISTED) {
      lookedAt.add("vocabulary " + code.vocabulary() + " code " + code.code());
    } else if (lookedAt.size() == LISTED) {
      lookedAt.add("and more");
    }
  }

  private static double share(RawActivity.Code code) {
    return code.percentage().orElse(HUNDRED).doubleValue() / 100;
  }

  private static String percent(RawActivity.Code code) {
    return code.percentage().orElse(HUNDRED).stripTrailingZeros().toPlainString();
  }

  private static String place(At at) {
    return at.xpath() + ", line " + at.line();
  }

  /** Whether a code is migration evidence on its own. */
  boolean migration() {
    return migration;
  }

  /** Whether a displacement code is present. */
  boolean displacement() {
    return displacement;
  }

  /** Whether any code is linked to an activity of the model, migration evidence or not. */
  boolean related() {
    return related;
  }

  /**
   * Whether the activity has no sector or tag other than a publisher's own codes that the library
   * has no table for, or codes of a vocabulary IATI does not list, so that its codes neither place
   * it in migration nor elsewhere.
   */
  boolean silent() {
    return !read;
  }

  ImmutableList<Proposal> proposals() {
    return ImmutableList.copyOf(proposals);
  }

  /** The activities the publisher's own codes point to, main first; the primary is one of them. */
  ImmutableList<Activity> candidates() {
    return ImmutableList.copyOf(candidates);
  }

  ImmutableList<CrossCuttingActivity> crossCutting() {
    return ImmutableList.copyOf(crossCutting);
  }

  /** The model's areas the publisher's area codes name. */
  ImmutableSet<Area> areas() {
    return ImmutableSet.copyOf(areas);
  }

  /** What was looked at, for a finding: codes by vocabulary, and publisher codes without place. */
  String lookedAt() {
    List<String> all = new ArrayList<>(publisherCodes);
    if (lookedAt.isEmpty()) {
      all.add("no sector or tag");
    } else {
      all.add("sectors and tags " + String.join(", ", lookedAt));
    }
    return String.join("; ", all);
  }
}
