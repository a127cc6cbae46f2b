package org.migrationmodel.taxonomy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * One of the model's fixed lists of terms, such as the activities or the themes, with look-up by
 * code.
 *
 * <p>Look-up is tolerant of case and of {@code -} or a space written for {@code _}, so {@code
 * "counter-trafficking"} finds {@code COUNTER_TRAFFICKING}. Instances are immutable and
 * thread-safe; each vocabulary enum holds exactly one.
 *
 * @param <T> the vocabulary's enum type
 */
public final class Vocabulary<T extends Enum<T> & Term> {
  private static final int MAX_LISTED_TERMS = 10;

  private final String id;
  private final Class<T> type;
  private final ImmutableList<T> terms;
  private final ImmutableMap<String, T> byCode;

  private Vocabulary(String id, Class<T> type) {
    this.id = id;
    this.type = type;
    this.terms = ImmutableList.copyOf(Arrays.asList(type.getEnumConstants()));
    this.byCode = Maps.uniqueIndex(terms, Term::code);
  }

  static <T extends Enum<T> & Term> Vocabulary<T> of(String id, Class<T> type) {
    return new Vocabulary<>(id, type);
  }

  /**
   * The vocabulary's identifier in lower camel case, such as {@code activity} or {@code
   * crossCuttingActivity}; it names the vocabulary in messages and exports.
   *
   * @return the identifier, never null
   */
  public String id() {
    return id;
  }

  /**
   * The enum type of the vocabulary's terms.
   *
   * @return the type, never null
   */
  public Class<T> type() {
    return type;
  }

  /**
   * Every term, in the order of the source document.
   *
   * @return an immutable list, never null
   */
  public ImmutableList<T> terms() {
    return terms;
  }

  /**
   * Finds the term with a code, tolerant of case and of {@code -} or space for {@code _}.
   *
   * @param code the code to look up; not null
   * @return the term, or empty when no term has that code
   */
  public Optional<T> find(String code) {
    return Optional.ofNullable(byCode.get(normalise(code)));
  }

  /**
   * Returns the term with a code, tolerant of case and of {@code -} or space for {@code _}.
   *
   * @param code the code to look up; not null
   * @return the term, never null
   * @throws UnknownCodeException when no term has that code; it names the closest valid codes
   */
  public T of(String code) {
    return find(code).orElseThrow(() -> new UnknownCodeException(this, code, closestCodes(code)));
  }

  /**
   * The valid codes closest in spelling to a code that is not valid, best first.
   *
   * @param code a code, valid or not; not null
   * @return at most three codes, possibly none; never null
   */
  public ImmutableList<String> closestCodes(String code) {
    return ClosestCodes.among(byCode.keySet(), normalise(code));
  }

  /**
   * The sentence that tells a reader how to mend an unknown code: "did you mean ...?" with the
   * closest valid codes, or for a short vocabulary the list of all its codes.
   *
   * @param suggestions the closest valid codes, as {@link #closestCodes(String)} gives them; not
   *     null
   * @return a sentence, never null
   */
  public String correctionHint(ImmutableList<String> suggestions) {
    if (!suggestions.isEmpty()) {
      return "did you mean " + String.join(" or ", suggestions) + "?";
    }
    if (terms.size() <= MAX_LISTED_TERMS) {
      return "expected one of " + String.join(", ", byCode.keySet()) + ".";
    }
    return "see the " + id + " vocabulary for the valid codes.";
  }

  /**
   * The form in which codes are compared: trimmed, upper case, with {@code -} and spaces made
   * {@code _}.
   */
  static String normalise(String code) {
    return code.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
  }

  @Override
  public String toString() {
    return id;
  }
}
