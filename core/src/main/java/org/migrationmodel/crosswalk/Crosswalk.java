package org.migrationmodel.crosswalk;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.collect.ImmutableList.toImmutableList;
import static com.google.common.collect.ImmutableMap.toImmutableMap;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Multimaps;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Optional;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.CrossCuttingActivity;
import org.migrationmodel.taxonomy.Term;

/**
 * The project's indicative mapping from the managing-migration model to the frameworks programmes
 * are reported in: {@linkplain GcmObjective GCM objectives}, {@linkplain SdgTarget SDG targets},
 * {@linkplain DacPurposeCode DAC purpose codes} and {@linkplain UnhcrPopulationType UNHCR
 * population types}. Classify a programme once against the model, then read its view in each
 * framework with {@link #forProgramme(Programme)}.
 *
 * <p>The mapping links every activity, cross-cutting activity and population group to targets, each
 * link with a {@link Strength} and a one-line justification. It is this project's reading of the
 * frameworks, not an official concordance of IOM, the UN, the OECD or UNHCR. Terms that fall
 * outside the GCM (refugee protection, which the separate Global Compact on Refugees covers, and
 * internal displacement) have no GCM link and say why through {@link #outsideGcm(Term)}.
 *
 * <p>The mapping is versioned with the catalogue: {@link #version()} equals {@link
 * org.migrationmodel.taxonomy.Catalogue#version()}, and a change to the mapping is a change to the
 * catalogue's release. Instances are immutable and thread-safe.
 */
public final class Crosswalk {
  private final String version;
  private final ImmutableList<Link> links;
  private final ImmutableMap<Term, String> outsideGcm;
  private final ImmutableListMultimap<Term, Link> linksBySource;
  private final ImmutableListMultimap<Target, Link> linksByTarget;
  private final ImmutableMap<Activity, DacPurposeCode> dacPurposeCodes;

  /**
   * A crosswalk of some links. The caller has checked that every activity has exactly one {@link
   * Strength#PRIMARY} DAC link and that no term outside the GCM has a GCM link.
   */
  Crosswalk(String version, ImmutableList<Link> links, ImmutableMap<Term, String> outsideGcm) {
    this.version = version;
    this.links = links;
    this.outsideGcm = outsideGcm;
    this.linksBySource = Multimaps.index(links, Link::source);
    this.linksByTarget = Multimaps.index(links, Link::target);
    this.dacPurposeCodes =
        links.stream()
            .filter(link -> link.source() instanceof Activity && link.carriesBudget())
            .collect(
                toImmutableMap(
                    link -> (Activity) link.source(), link -> (DacPurposeCode) link.target()));
  }

  /**
   * The crosswalk shipped with this release of the library, read from its data file {@code
   * org/migrationmodel/crosswalk/crosswalk.tsv}.
   *
   * @return the crosswalk, never null
   */
  public static Crosswalk standard() {
    return Standard.INSTANCE;
  }

  /**
   * The version of the mapping, equal to the version of the catalogue it maps, such as {@code 1.0}.
   *
   * @return the version, never null
   */
  public String version() {
    return version;
  }

  /**
   * Every link, in the order of the data file: activities, then cross-cutting activities, then
   * population groups, each in the catalogue's order, and each term's links together.
   *
   * @return an immutable list, never null
   */
  public ImmutableList<Link> links() {
    return links;
  }

  /**
   * The links from one term of the model.
   *
   * @param source an activity, cross-cutting activity or population group; not null
   * @return an immutable list, empty for a term of any other vocabulary; never null
   */
  public ImmutableList<Link> linksFrom(Term source) {
    return linksBySource.get(checkNotNull(source, "source"));
  }

  /**
   * The links to one target: for a GCM objective, the activities, cross-cutting activities and
   * population groups that serve it.
   *
   * @param target any target; not null
   * @return an immutable list in the order of {@link #links()}, empty when nothing maps to the
   *     target; never null
   */
  public ImmutableList<Link> linksTo(Target target) {
    return linksByTarget.get(checkNotNull(target, "target"));
  }

  /**
   * Why a term of the model falls outside the GCM, when it does.
   *
   * @param source any term; not null
   * @return one English sentence, or empty when the term is within the GCM's scope
   */
  public Optional<String> outsideGcm(Term source) {
    return Optional.ofNullable(outsideGcm.get(checkNotNull(source, "source")));
  }

  /**
   * Every term that falls outside the GCM, with the reason, in the order of the data file.
   *
   * @return an immutable map, never null
   */
  public ImmutableMap<Term, String> outsideGcmReasons() {
    return outsideGcm;
  }

  /**
   * The GCM objectives that no activity and no cross-cutting activity of the model serves, even
   * loosely: the parts of the GCM the managing-migration model has no box for.
   *
   * @return an immutable set in the objectives' order, never null
   */
  public ImmutableSet<GcmObjective> gcmGaps() {
    EnumSet<GcmObjective> gaps = EnumSet.allOf(GcmObjective.class);
    for (Link link : links) {
      boolean servesObjective =
          link.source() instanceof Activity || link.source() instanceof CrossCuttingActivity;
      if (servesObjective && link.target() instanceof GcmObjective objective) {
        gaps.remove(objective);
      }
    }
    return Sets.immutableEnumSet(gaps);
  }

  /**
   * The DAC purpose code an activity's budget is reported under: the target of its one {@link
   * Strength#PRIMARY} DAC link.
   *
   * @param activity the activity; not null
   * @return the purpose code, never null
   */
  public DacPurposeCode dacPurposeCode(Activity activity) {
    // Never null: CrosswalkFile checks that every activity has exactly one primary DAC link.
    return dacPurposeCodes.get(checkNotNull(activity, "activity"));
  }

  /**
   * A programme's view in every framework, from its activities, cross-cutting activities and target
   * groups, and its DAC purpose codes with shares that follow its budget.
   *
   * @param programme the programme; not null. Its validity is not checked: validate it first.
   * @return the view, never null
   */
  public ProgrammeCrosswalk forProgramme(Programme programme) {
    checkNotNull(programme, "programme");
    ImmutableSet<Term> sources = sources(programme.classification());
    return ImmutableProgrammeCrosswalk.builder()
        .links(
            sources.stream()
                .flatMap(source -> linksFrom(source).stream())
                .collect(toImmutableList()))
        .dacShares(DacShares.of(programme, this::dacPurposeCode))
        .outsideGcm(
            sources.stream()
                .filter(outsideGcm::containsKey)
                .collect(toImmutableMap(source -> source, outsideGcm::get)))
        .build();
  }

  private static ImmutableSet<Term> sources(Classification classification) {
    return ImmutableSet.<Term>builder()
        .addAll(classification.activities())
        .addAll(classification.crossCuttingActivities())
        .addAll(classification.targetGroups())
        .build();
  }

  @Override
  public String toString() {
    return "Crosswalk " + version + " (" + links.size() + " links)";
  }

  // Loaded on first use, so that a faulty data file fails where the crosswalk is first asked for.
  private static final class Standard {
    static final Crosswalk INSTANCE = CrosswalkFile.load();
  }
}
