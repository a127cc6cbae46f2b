package org.migrationmodel.iati;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.migrationmodel.programme.Budget;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.programme.ProgrammeCountry;
import org.migrationmodel.taxonomy.Agency;
import org.migrationmodel.validation.Severity;

/**
 * Maps the activities of one file to programmes, one {@link RawActivity} at a time. Each is a
 * function of the activity alone, so that nothing of one activity reaches the next, but for one
 * thing: an activity read before it, its parent or child or one with the same identifier, may
 * already count its budget, which is then left out ({@link ReadActivities}). An activity this
 * library wrote (it carries the model's own vocabulary-99 codes) gives back its classification as
 * written; any other gets a proposed one, or none when it does not appear to be about migration.
 * docs/iati.md gives the mapping.
 */
final class ActivityMapper {
  private static final String OTHER_IMPLEMENTERS =
      "implementing organisations other than the model's agencies ("
          + String.join(", ", Arrays.stream(Agency.values()).map(Agency::code).toList())
          + ") are not kept: only those agencies are partners";

  private final Proposer proposer;
  private final ReadActivities read = new ReadActivities();

  /** An activity mapped, and what it keeps no place for, for the file's grouped findings. */
  record Mapped(ImportedActivity activity, ImmutableList<NotKept> notKept) {}

  /** A mapper for one file. */
  ActivityMapper(Proposer proposer) {
    this.proposer = proposer;
  }

  Mapped map(RawActivity raw) {
    MappingLog log = new MappingLog(raw);
    Optional<WrittenClassification> written = WrittenClassification.read(raw, log);
    String id = ProgrammeIds.of(raw, log);
    noteRead(raw, log);
    String title = Narratives.choose(raw.titles(), raw.language(), "title", log).orElse("");
    if (title.isEmpty()) {
      log.problem(IatiProblem.MISSING, Severity.ERROR, raw.at(), "the activity has no title");
    }
    // The exporter repeats the title where a programme has no description.
    Optional<String> description =
        Narratives.choose(raw.descriptions(), raw.language(), "description", log)
            .filter(text -> !text.equals(title));
    Programme.Builder programme =
        Programme.builder().id(id).title(title).partners(partners(raw, log));
    description.ifPresent(programme::description);
    ActivityPeriod.of(raw, log).ifPresent(programme::period);
    List<ProgrammeCountry> roles = written.map(WrittenClassification::roles).orElse(List.of());
    programme.countries(RecipientCountries.of(raw, roles, written.isPresent(), log));
    budget(raw, written, log).ifPresent(programme::budget);
    List<RawActivity.Code> sectors = new ArrayList<>();
    raw.sectors().stream()
        .filter(sector -> !WrittenClassification.isModelSector(sector))
        .forEach(sectors::add);
    List<RawActivity.Code> tags = new ArrayList<>();
    raw.tags().stream().filter(tag -> !WrittenClassification.isModelTag(tag)).forEach(tags::add);
    ClassificationSource source;
    ImmutableList<Proposal> proposals = ImmutableList.of();
    if (written.isPresent()) {
      programme.classification(written.get().classification());
      source = ClassificationSource.WRITTEN;
      derivedCodes(sectors, tags, log);
    } else {
      if (raw.sectors().isEmpty()) {
        sectors.addAll(TransactionShares.sectors(raw.transactions()));
      }
      Proposer.Outcome outcome =
          proposer.propose(raw, sectors, tags, title, description.orElse(""), log);
      programme.classification(outcome.classification());
      source = outcome.source();
      proposals = outcome.proposals();
    }
    ImportedActivity activity =
        new ImportedActivity(
            raw.identifier().orElse(""),
            raw.at().line(),
            programme.build(),
            source,
            proposals,
            log.findings());
    return new Mapped(activity, log.notKept(written.isPresent()));
  }

  /** Implementing organisations that are agencies of the model are its partners. */
  private static List<Agency> partners(RawActivity raw, MappingLog log) {
    Set<Agency> partners = new LinkedHashSet<>();
    for (RawActivity.Organisation organisation : raw.participants()) {
      Optional<Agency> agency =
          Agencies.find(organisation.ref().orElse(null), organisation.name().orElse(null));
      if (organisation.role().equals(ActivityXml.ROLE_IMPLEMENTING) && agency.isPresent()) {
        partners.add(agency.get());
      } else if (organisation.role().equals(ActivityXml.ROLE_ACCOUNTABLE)
          && organisation.ref().isPresent()
          && organisation.ref().equals(raw.reportingRef())) {
        log.notKept(
            NotKept.derived(
                organisation.at(), "the reporting organisation as accountable is not kept"));
      } else {
        log.notKept(
            NotKept.qualified(
                organisation.at(),
                "[@role=" + organisation.role() + "]",
                organisation.role().equals(ActivityXml.ROLE_IMPLEMENTING)
                    ? OTHER_IMPLEMENTERS
                    : "participating organisations in role "
                        + organisation.role()
                        + " are not kept: partners are the model's agencies, implementing (role"
                        + " 4)"));
      }
    }
    return new ArrayList<>(partners);
  }

  private Optional<Budget> budget(
      RawActivity raw, Optional<WrittenClassification> written, MappingLog log) {
    Optional<BudgetChoice.Total> total = countedOnce(raw, BudgetChoice.choose(raw, log), log);
    List<org.migrationmodel.programme.Allocation> allocations =
        written.map(WrittenClassification::allocations).orElse(List.of());
    if (total.isEmpty()) {
      if (!allocations.isEmpty()) {
        log.problem(
            IatiProblem.MISSING,
            Severity.WARNING,
            raw.at(),
            "the activity has no budget, so its sector percentages are not kept as allocations");
      }
      return Optional.empty();
    }
    return Optional.of(
        Budget.builder()
            .currency(total.get().currency())
            .total(total.get().total())
            .allocations(allocations)
            .build());
  }

  /**
   * Notes the activity among those read from the file, before its budget is chosen, and says so
   * when its identifier was read before.
   */
  private void noteRead(RawActivity raw, MappingLog log) {
    OptionalInt earlier = read.read(raw);
    if (earlier.isPresent()) {
      log.problem(
          IatiProblem.REPEATED,
          Severity.WARNING,
          raw.at(),
          "an activity with the identifier "
              + raw.identifier().orElse("")
              + " was read before, at line "
              + earlier.getAsInt()
              + "; IATI gives each activity an identifier of its own (rule 1.1.2), so this is"
              + " taken to be the same activity again");
    }
  }

  /**
   * The activity's total, less its budgets for periods that an activity read before it, its parent
   * or child or one with the same identifier, already counts. A total of zero holds no money, so it
   * is kept and counts nothing.
   */
  private Optional<BudgetChoice.Total> countedOnce(
      RawActivity raw, Optional<BudgetChoice.Total> total, MappingLog log) {
    if (total.isEmpty() || total.get().total().signum() == 0) {
      return total;
    }
    Optional<ReadActivities.Holders> holders = read.holders(raw);
    List<RawActivity.BudgetLine> held = new ArrayList<>();
    List<RawActivity.BudgetLine> kept = new ArrayList<>();
    for (RawActivity.BudgetLine budget : total.get().budgets()) {
      (holders.isPresent() && holders.get().hold(budget) ? held : kept).add(budget);
    }
    read.counted(raw, kept);
    if (held.isEmpty()) {
      return total;
    }
    List<String> named = new ArrayList<>();
    held.forEach(budget -> named.add(BudgetChoice.describe(budget, raw)));
    log.problem(
        IatiProblem.BUDGET_LEFT_OUT,
        Severity.INFO,
        held.get(0).at(),
        held.size()
            + (held.size() == 1 ? " budget is" : " budgets are")
            + " left out of the total, so that no money is counted twice: "
            + String.join("; ", named)
            + ". "
            + heldBy(holders.get()));
    return kept.isEmpty() ? Optional.empty() : Optional.of(total.get().of(kept));
  }

  /** Which activities read before already count a budget, and how they stand to this one. */
  private static String heldBy(ReadActivities.Holders holders) {
    List<String> identifiers = holders.identifiers();
    boolean single = identifiers.size() == 1;
    return switch (holders.standing()) {
      case SAME_IDENTIFIER ->
          "The activity read before it with the same identifier has budgets for the same periods";
      case ABOVE ->
          String.join(" and ", identifiers)
              + ", above it in the publisher's hierarchy of activities and read before it in this"
              + " file, "
              + (single ? "has" : "have")
              + " budgets for the same periods, which hold these";
      case BELOW ->
          String.join(" and ", identifiers)
              + ", below it in the publisher's hierarchy of activities and read before it in this"
              + " file, "
              + (single ? "has" : "have")
              + " budgets of "
              + (single ? "its" : "their")
              + " own for the same periods, which these hold";
    };
  }

  /**
   * In an activity this library wrote, DAC sectors and SDG target tags are derived from the
   * classification by the crosswalk; other codes have no place in the model.
   */
  private static void derivedCodes(
      List<RawActivity.Code> sectors, List<RawActivity.Code> tags, MappingLog log) {
    sectors.stream()
        .filter(sector -> !sector.vocabulary().equals(ActivityXml.DAC_VOCABULARY))
        .forEach(sector -> log.notKept(NotKept.vocabulary(sector, "sectors")));
    tags.stream()
        .filter(tag -> !tag.vocabulary().equals(ActivityXml.SDG_TARGET_VOCABULARY))
        .forEach(tag -> log.notKept(NotKept.vocabulary(tag, "tags")));
  }
}
