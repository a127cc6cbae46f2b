package org.migrationmodel.json.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.io.IOException;
import java.util.Optional;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.Agency;
import org.migrationmodel.taxonomy.Area;
import org.migrationmodel.taxonomy.CountryRole;
import org.migrationmodel.taxonomy.CrossCuttingActivity;
import org.migrationmodel.taxonomy.Driver;
import org.migrationmodel.taxonomy.Modality;
import org.migrationmodel.taxonomy.PopulationGroup;
import org.migrationmodel.taxonomy.Term;
import org.migrationmodel.taxonomy.Theme;
import org.migrationmodel.taxonomy.Vocabulary;

/**
 * Turns the codes of one vocabulary into terms under a reader mode's rules (strict or lenient). An
 * exact code is found by one hash look-up; the vocabulary's tolerant search runs only for codes
 * that miss. Immutable and thread-safe.
 *
 * @param <T> the vocabulary's enum type
 */
public final class CodeReader<T extends Enum<T> & Term> {
  static final CodeReader<Area> AREA = new CodeReader<>(Area.VOCABULARY);
  static final CodeReader<Activity> ACTIVITY = new CodeReader<>(Activity.VOCABULARY);
  static final CodeReader<CrossCuttingActivity> CROSS_CUTTING_ACTIVITY =
      new CodeReader<>(CrossCuttingActivity.VOCABULARY);
  static final CodeReader<Theme> THEME = new CodeReader<>(Theme.VOCABULARY);
  static final CodeReader<Modality> MODALITY = new CodeReader<>(Modality.VOCABULARY);
  static final CodeReader<Driver> DRIVER = new CodeReader<>(Driver.VOCABULARY);
  static final CodeReader<PopulationGroup> POPULATION_GROUP =
      new CodeReader<>(PopulationGroup.VOCABULARY);
  static final CodeReader<Agency> AGENCY = new CodeReader<>(Agency.VOCABULARY);
  static final CodeReader<CountryRole> COUNTRY_ROLE = new CodeReader<>(CountryRole.VOCABULARY);

  private static final ImmutableMap<Class<?>, CodeReader<?>> BY_TYPE =
      Maps.uniqueIndex(
          ImmutableList.of(
              AREA,
              ACTIVITY,
              CROSS_CUTTING_ACTIVITY,
              THEME,
              MODALITY,
              DRIVER,
              POPULATION_GROUP,
              AGENCY,
              COUNTRY_ROLE),
          codes -> codes.vocabulary.type());

  /** Where a code that is not exact is reported. */
  public interface Problems {
    /**
     * Reports a code that is unknown, or for a strict reader not spelt exactly.
     *
     * @param message the sentence to report
     * @param suggestions the closest valid codes, best first
     */
    void unknownCode(String message, ImmutableList<String> suggestions) throws IOException;
  }

  private final Vocabulary<T> vocabulary;
  private final ImmutableMap<String, T> byExactCode;
  private final CodeTable<T> exactCodes;

  private CodeReader(Vocabulary<T> vocabulary) {
    this.vocabulary = vocabulary;
    this.byExactCode = Maps.uniqueIndex(vocabulary.terms(), Term::code);
    this.exactCodes = new CodeTable<>(vocabulary.terms());
  }

  /**
   * The reader of the codes of a vocabulary's enum type.
   *
   * @throws IllegalArgumentException when the type is not one of the model's vocabularies
   */
  @SuppressWarnings("unchecked") // BY_TYPE maps each type to the reader of that type.
  public static <T extends Enum<T> & Term> CodeReader<T> of(Class<T> type) {
    CodeReader<?> codes = BY_TYPE.get(type);
    if (codes == null) {
      throw new IllegalArgumentException(type + " is not a vocabulary of the model");
    }
    return (CodeReader<T>) codes;
  }

  /**
   * The term whose exact code a parser holds as characters: the fast path, which makes no string.
   *
   * @return the term, or null when the characters are not an exact code
   */
  T exact(char[] text, int offset, int length) {
    return exactCodes.find(text, offset, length);
  }

  /** The vocabulary's id, for messages. */
  String vocabularyId() {
    return vocabulary.id();
  }

  /**
   * The term a code names. A strict reader reports a code found only by the tolerant search and
   * still returns its term; both modes report an unknown code.
   *
   * @return the term, or null when the code is unknown
   */
  public T resolve(String code, boolean lenient, Problems problems) throws IOException {
    T term = byExactCode.get(code);
    if (term != null) {
      return term;
    }
    Optional<T> loose = vocabulary.find(code);
    if (loose.isPresent()) {
      if (!lenient) {
        problems.unknownCode(
            "The "
                + vocabulary.id()
                + " code "
                + Quoting.quote(code)
                + " is not spelt as the code "
                + loose.get().code()
                + "; write it exactly so.",
            ImmutableList.of(loose.get().code()));
      }
      return loose.get();
    }
    ImmutableList<String> suggestions = vocabulary.closestCodes(code);
    problems.unknownCode(
        "Unknown "
            + vocabulary.id()
            + " code "
            + Quoting.quote(code)
            + "; "
            + vocabulary.correctionHint(suggestions),
        suggestions);
    return null;
  }
}
