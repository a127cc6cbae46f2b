package org.migrationmodel.report;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.migrationmodel.iati.IatiProblem;
import org.migrationmodel.json.JsonProblem;
import org.migrationmodel.suggester.SuggesterRules;
import org.migrationmodel.taxonomy.ClosestCodes;
import org.migrationmodel.validation.FindingType;
import org.migrationmodel.validation.StandardRule;
import org.migrationmodel.validation.ValidatorProblem;

/**
 * Every kind of finding the library reports, each with what it declares it means: the explanations
 * that the command-line tool's {@code explain}, the service's {@code /api/v1/rules} and
 * docs/rules.md give. Immutable and thread-safe.
 */
public final class FindingCatalogue {
  /** Which part of the library reports a kind of finding. */
  public enum Origin {
    /** A rule of the standard validator, or the validator itself ({@code rule-failure}). */
    VALIDATOR,
    /** The JSON reader, for what it could not read. */
    READER,
    /** The suggester's rule, which a validator applies only when it is added. */
    SUGGESTER,
    /** The IATI import and export. */
    IATI;

    /**
     * The origin's name in lower case, as {@code /api/v1/rules} gives it.
     *
     * @return such as {@code validator}, never null
     */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One kind of finding and the part of the library that reports it. Immutable.
   *
   * @param type the kind, with its id, severity, summary and rationale; not null
   * @param origin what reports it; not null
   */
  public record Entry(FindingType type, Origin origin) {
    /**
     * Checks that no component is null.
     *
     * @param type the kind; not null
     * @param origin what reports it; not null
     * @throws NullPointerException when a component is null
     */
    public Entry {
      checkNotNull(type, "type");
      checkNotNull(origin, "origin");
    }
  }

  private static final FindingCatalogue STANDARD = new FindingCatalogue(standardEntries());

  private final List<Entry> entries;

  private FindingCatalogue(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * The library's catalogue.
   *
   * @return the catalogue, never null
   */
  public static FindingCatalogue standard() {
    return STANDARD;
  }

  private static List<Entry> standardEntries() {
    List<Entry> all = new ArrayList<>();
    for (StandardRule rule : StandardRule.values()) {
      all.add(new Entry(rule, Origin.VALIDATOR));
    }
    for (ValidatorProblem problem : ValidatorProblem.values()) {
      all.add(new Entry(problem, Origin.VALIDATOR));
    }
    for (JsonProblem problem : JsonProblem.values()) {
      all.add(new Entry(problem, Origin.READER));
    }
    all.add(new Entry(SuggesterRules.PRIMARY_ACTIVITY_TEXT_MISMATCH, Origin.SUGGESTER));
    for (IatiProblem problem : IatiProblem.values()) {
      all.add(new Entry(problem, Origin.IATI));
    }
    return all;
  }

  /**
   * Every kind, in the order: the standard rules, {@code rule-failure}, the reader's problems, the
   * suggester's rule, the IATI bridge's problems.
   *
   * @return the entries; unmodifiable, never null
   */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * Every id, in the order of {@link #entries()}.
   *
   * @return the ids; unmodifiable, never null
   */
  public List<String> ids() {
    return entries.stream().map(entry -> entry.type().id()).toList();
  }

  /**
   * The kind with an id.
   *
   * @param id a finding id, such as {@code allocation-sum}; not null
   * @return the entry, or empty when no kind has the id
   * @throws NullPointerException when the id is null
   */
  public Optional<Entry> find(String id) {
    checkNotNull(id, "id");
    return entries.stream().filter(entry -> entry.type().id().equals(id)).findFirst();
  }

  /**
   * The known ids nearest to a misspelt one by edit distance, nearest first.
   *
   * @param wanted the id as given; not null
   * @return the nearest ids, maybe none; never null
   * @throws NullPointerException when the id is null
   */
  public List<String> closest(String wanted) {
    return ClosestCodes.among(ids(), checkNotNull(wanted, "wanted"));
  }
}
