package org.migrationmodel.iati;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.migrationmodel.programme.Allocation;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.ProgrammeCountry;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.Area;
import org.migrationmodel.taxonomy.CountryRole;
import org.migrationmodel.taxonomy.CrossCuttingActivity;
import org.migrationmodel.taxonomy.Driver;
import org.migrationmodel.taxonomy.Modality;
import org.migrationmodel.taxonomy.PopulationGroup;
import org.migrationmodel.taxonomy.Term;
import org.migrationmodel.taxonomy.Theme;
import org.migrationmodel.validation.Severity;

/**
 * The classification, country roles and allocations an activity carries in this library's own
 * vocabulary-99 sectors and tags ({@link ModelTag}), read back exactly as the exporter wrote them.
 *
 * @param classification the classification
 * @param roles the countries with their roles, in the order written
 * @param allocations the activities' shares, when the percentages are allocations rather than equal
 *     shares the exporter assumed
 */
record WrittenClassification(
    Classification classification, List<ProgrammeCountry> roles, List<Allocation> allocations) {

  /** Whether a sector is one of this library's activity sectors. */
  static boolean isModelSector(RawActivity.Code sector) {
    return sector.vocabulary().equals(ActivityXml.OWN_VOCABULARY)
        && sector.uri().filter(ModelTag.ACTIVITY_SECTORS::equals).isPresent();
  }

  /** Whether a tag is one of this library's tags. */
  static boolean isModelTag(RawActivity.Code tag) {
    return tag.vocabulary().equals(ActivityXml.OWN_VOCABULARY)
        && tag.uri().flatMap(ModelTag::ofUri).isPresent();
  }

  /** What the activity's own sectors and tags say; empty when it has none. */
  static Optional<WrittenClassification> read(RawActivity raw, MappingLog log) {
    Map<Activity, Optional<BigDecimal>> sectors = new LinkedHashMap<>();
    Map<ModelTag, List<Term>> tags = new EnumMap<>(ModelTag.class);
    List<ProgrammeCountry> roles = new ArrayList<>();
    boolean seen = false;
    boolean sharesAssumed = false;
    for (RawActivity.Code sector : raw.sectors()) {
      if (isModelSector(sector)) {
        seen = true;
        Optional<Activity> activity = Activity.find(sector.code());
        if (activity.isEmpty()) {
          invalid(sector, "is not an activity of the model; the sector is ignored", log);
        } else {
          sectors.put(activity.get(), sector.percentage());
        }
      }
    }
    for (RawActivity.Code tag : raw.tags()) {
      if (!isModelTag(tag)) {
        continue;
      }
      seen = true;
      ModelTag kind = ModelTag.ofUri(tag.uri().orElseThrow()).orElseThrow();
      if (kind == ModelTag.COUNTRY_ROLE) {
        countryRole(tag, log).ifPresent(roles::add);
      } else if (kind == ModelTag.SHARES_ASSUMED) {
        sharesAssumed = true;
      } else {
        Optional<? extends Term> term = kind.vocabulary().orElseThrow().find(tag.code());
        if (term.isEmpty()) {
          invalid(tag, "is not a code of the model's " + kind.uri() + "; the tag is ignored", log);
        } else {
          tags.computeIfAbsent(kind, key -> new ArrayList<>()).add(term.get());
        }
      }
    }
    if (!seen) {
      return Optional.empty();
    }
    List<Allocation> allocations = new ArrayList<>();
    if (!sharesAssumed) {
      sectors.forEach(
          (activity, share) ->
              share
                  .filter(value -> value.signum() != 0)
                  .ifPresent(value -> allocations.add(Allocation.of(activity, value))));
    }
    return Optional.of(
        new WrittenClassification(
            classification(sectors.keySet(), tags, raw, log), roles, allocations));
  }

  private static Classification classification(
      Iterable<Activity> sectors, Map<ModelTag, List<Term>> tags, RawActivity raw, MappingLog log) {
    Classification.Builder classification = Classification.builder();
    Optional<Activity> primary = first(tags, ModelTag.PRIMARY_ACTIVITY, Activity.class, raw, log);
    primary.ifPresent(classification::primaryActivity);
    first(tags, ModelTag.DECLARED_PRIMARY_AREA, Area.class, raw, log)
        .ifPresent(classification::declaredPrimaryArea);
    for (Activity activity : sectors) {
      if (primary.isEmpty() || activity != primary.get()) {
        classification.addSecondaryActivities(activity);
      }
    }
    return classification
        .crossCuttingActivities(
            all(tags, ModelTag.CROSS_CUTTING_ACTIVITY, CrossCuttingActivity.class))
        .themes(all(tags, ModelTag.THEME, Theme.class))
        .modalities(all(tags, ModelTag.MODALITY, Modality.class))
        .drivers(all(tags, ModelTag.DRIVER, Driver.class))
        .targetGroups(all(tags, ModelTag.TARGET_GROUP, PopulationGroup.class))
        .build();
  }

  private static Optional<CountryRole> role(String code) {
    int colon = code.indexOf(':');
    return colon <= 0 ? Optional.empty() : CountryRole.find(code.substring(colon + 1));
  }

  private static Optional<ProgrammeCountry> countryRole(RawActivity.Code tag, MappingLog log) {
    Optional<CountryRole> role = role(tag.code());
    if (role.isEmpty()) {
      invalid(tag, "is not a country code, a colon and a role; the tag is ignored", log);
      return Optional.empty();
    }
    return Optional.of(
        ProgrammeCountry.of(tag.code().substring(0, tag.code().indexOf(':')), role.get()));
  }

  private static <T extends Term> Optional<T> first(
      Map<ModelTag, List<Term>> tags,
      ModelTag tag,
      Class<T> type,
      RawActivity raw,
      MappingLog log) {
    List<T> terms = all(tags, tag, type);
    if (terms.size() > 1) {
      log.problem(
          IatiProblem.REPEATED,
          Severity.WARNING,
          raw.at(),
          "several " + tag.uri() + " tags; the first, " + terms.get(0).code() + ", is kept");
    }
    return terms.stream().findFirst();
  }

  private static <T extends Term> List<T> all(
      Map<ModelTag, List<Term>> tags, ModelTag tag, Class<T> type) {
    List<T> terms = new ArrayList<>();
    for (Term term : tags.getOrDefault(tag, List.of())) {
      terms.add(type.cast(term));
    }
    return terms;
  }

  private static void invalid(RawActivity.Code code, String what, MappingLog log) {
    log.problem(
        IatiProblem.INVALID_VALUE, Severity.WARNING, code.at(), "'" + code.code() + "' " + what);
  }
}
