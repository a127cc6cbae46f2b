package org.migrationmodel.suggester;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.migrationmodel.suggester.Knowledge.Phrase;
import org.migrationmodel.suggester.Knowledge.PhraseIndex;
import org.migrationmodel.suggester.TextAnalysis.AnalysedText;
import org.migrationmodel.taxonomy.Term;

/**
 * Finds the phrases of one index in a title and description and scores what they point to.
 *
 * <p>At each word the longest phrase that starts there wins and its words are not matched again, so
 * "return of qualified nationals" counts once, not also as "return" and "nationals". A phrase of
 * two words or more may hold one more word of the text inside it ("return of vulnerable migrants"),
 * a word joined to its neighbours by spaces and stop words only, where no phrase as long or longer
 * matches as written: "return of vulnerable migrants" is "return of migrants", not "return". A
 * phrase does not run across the end of a sentence or clause. A phrase found in the title counts
 * {@value #TITLE_FACTOR} times. A phrase found {@code n} times contributes its weight times {@code
 * 1 + ln(n)}: repeating a word adds less each time.
 */
final class Scoring {
  /** How much more a phrase in the title counts than one in the description. */
  static final int TITLE_FACTOR = 3;

  /** The lowest tier of a migration phrase that names migration rather than gives context. */
  private static final int NAMING_TIER = 2;

  /** The tier of a migration phrase that names migration in one sense only. */
  private static final int SOLE_SENSE_TIER = 3;

  /** How many different supporting phrases keep a term that no stronger phrase points to. */
  private static final int SUPPORT = 2;

  /** The same, for a competing term, when a stronger phrase points to another. */
  private static final int SUPPORT_AGAINST_EVIDENCE = 3;

  private Scoring() {}

  /**
   * Scores the terms of an index. A term is kept only when a phrase of tier 2 or 3 points to it, or
   * at least two different phrases do, so that one supporting word (tier 1) never carries a term
   * alone.
   *
   * @param <T> the kind of term
   * @param index the phrases to look for
   * @param title the analysed title
   * @param description the analysed description
   * @param type the kind of term, to cast the index's terms
   * @param minimum the lowest score kept
   * @return the terms kept, highest score first, ties in declaration order
   */
  static <T extends Enum<T> & Term> ImmutableList<Scored<T>> terms(
      PhraseIndex index,
      AnalysedText title,
      AnalysedText description,
      Class<T> type,
      double minimum) {
    return scored(index, title, description, type, minimum, false);
  }

  /**
   * Scores terms that compete for one place, such as the activities, of which a programme has one
   * primary, as {@link #terms} does, except that when a phrase of tier 2 or 3 points to one term, a
   * term that only supporting words point to needs {@value #SUPPORT_AGAINST_EVIDENCE} different
   * ones to be kept: two supporting words are a weaker case than one piece of evidence. "Crisis"
   * and "disasters" in a description no longer rank internally displaced persons above the refugees
   * of the title, nor "financial" and "bank" remittances; "classes", "lessons" and "Swedish" still
   * list language training beside "family members".
   *
   * @param <T> the kind of term
   * @param index the phrases to look for
   * @param title the analysed title
   * @param description the analysed description
   * @param type the kind of term, to cast the index's terms
   * @return the terms kept, highest score first, ties in declaration order
   */
  static <T extends Enum<T> & Term> ImmutableList<Scored<T>> competing(
      PhraseIndex index, AnalysedText title, AnalysedText description, Class<T> type) {
    return scored(index, title, description, type, 0, true);
  }

  private static <T extends Enum<T> & Term> ImmutableList<Scored<T>> scored(
      PhraseIndex index,
      AnalysedText title,
      AnalysedText description,
      Class<T> type,
      double minimum,
      boolean competing) {
    List<Hit> found = found(index, title, description, true);
    if (found.isEmpty()) {
      return ImmutableList.of();
    }
    Map<T, Double> scores = new EnumMap<>(type);
    Map<T, Map<String, Double>> evidence = new EnumMap<>(type);
    Map<T, Set<String>> strongWords = new EnumMap<>(type);
    for (Hit hit : found) {
      Phrase phrase = hit.phrase;
      double repetition = 1 + Math.log(hit.count);
      for (int t = 0; t < phrase.terms.size(); t++) {
        T term = type.cast(phrase.terms.get(t));
        double contribution = phrase.weights[t] * repetition;
        scores.merge(term, contribution, Double::sum);
        String surface = hit.surface.toLowerCase(Locale.ROOT);
        evidence
            .computeIfAbsent(term, k -> new LinkedHashMap<>())
            .merge(surface, contribution, Double::sum);
        if (phrase.strong[t]) {
          strongWords.computeIfAbsent(term, k -> new HashSet<>()).add(surface);
        }
      }
    }
    List<Scored<T>> ranked = new ArrayList<>();
    int supportingPhrases =
        competing && !strongWords.isEmpty() ? SUPPORT_AGAINST_EVIDENCE : SUPPORT;
    // EnumMap iterates in declaration order, which the stable sort below keeps for equal scores.
    for (Map.Entry<T, Double> entry : scores.entrySet()) {
      T term = entry.getKey();
      Map<String, Double> words = evidence.get(term);
      int naming = strongWords.getOrDefault(term, Set.of()).size();
      boolean supported = naming > 0 || words.size() >= supportingPhrases;
      if (supported && entry.getValue() >= minimum) {
        ranked.add(new Scored<>(term, entry.getValue(), strongestFirst(words), naming));
      }
    }
    ranked.sort(Comparator.comparingDouble((Scored<T> s) -> -s.score()));
    return ImmutableList.copyOf(ranked);
  }

  /**
   * The evidence that a text is about migration: the weights of the migration phrases found, each
   * times {@code 1 + ln(n)}, and the phrases as written. In the description a phrase counts only as
   * the field writes it, with no word of the text inside it: "assistance to children to return" is
   * assisted return among the activities of a text about migration, but does not show that the text
   * is about migration; the title, whose few words name the subject, may hold one ("la traite des
   * jeunes femmes").
   *
   * @param index the migration phrases
   * @param title the analysed title
   * @param description the analysed description
   * @return the evidence, never null
   */
  static MigrationEvidence migration(
      PhraseIndex index, AnalysedText title, AnalysedText description) {
    List<Hit> found = found(index, title, description, false);
    double score = 0;
    boolean soleSense = false;
    boolean naming = false;
    boolean namingInTitle = false;
    boolean agency = false;
    boolean lone =
        found.size() == 1 && found.get(0).count == 1 && found.get(0).phrase.stems.length == 1;
    Map<String, Double> evidence = new LinkedHashMap<>();
    for (Hit hit : found) {
      double contribution = hit.phrase.weights[0] * (1 + Math.log(hit.count));
      score += contribution;
      naming |= hit.phrase.weights[0] >= NAMING_TIER;
      namingInTitle |= hit.inTitle && hit.phrase.weights[0] >= NAMING_TIER;
      soleSense |= hit.phrase.weights[0] >= SOLE_SENSE_TIER;
      agency |= hit.phrase.strong[0];
      evidence.merge(hit.surface.toLowerCase(Locale.ROOT), contribution, Double::sum);
    }
    // A word of two senses ("trafficking", "undocumented") names migration in the title, whose
    // few words name the subject, or beside another phrase; said again and again in the
    // description it is still one word.
    boolean named = soleSense || namingInTitle || (naming && found.size() > 1);
    return new MigrationEvidence(
        score, strongestFirst(evidence), named, lone, agency, description.stems.length);
  }

  /**
   * The phrases of an index found in a title and a description, one hit per phrase: its count adds
   * up its occurrences, those in the title {@value #TITLE_FACTOR} times, and its surface is the
   * first way the text wrote it. A phrase may hold a word of the text inside it in the title, and
   * in the description when {@code wordInsideDescription} is true.
   */
  private static List<Hit> found(
      PhraseIndex index,
      AnalysedText title,
      AnalysedText description,
      boolean wordInsideDescription) {
    List<Hit> occurrences = new ArrayList<>();
    find(index, title, TITLE_FACTOR, true, occurrences);
    find(index, description, 1, wordInsideDescription, occurrences);
    // A stable sort keeps text order within a phrase.
    occurrences.sort(Comparator.comparingInt((Hit h) -> h.phrase.id));
    List<Hit> found = new ArrayList<>();
    for (Hit occurrence : occurrences) {
      Hit last = found.isEmpty() ? null : found.get(found.size() - 1);
      if (last != null && last.phrase == occurrence.phrase) {
        found.set(
            found.size() - 1,
            new Hit(
                last.phrase,
                last.count + occurrence.count,
                last.surface,
                last.inTitle || occurrence.inTitle));
      } else {
        found.add(occurrence);
      }
    }
    return found;
  }

  private static ImmutableList<String> strongestFirst(Map<String, Double> evidence) {
    List<Map.Entry<String, Double>> entries = new ArrayList<>(evidence.entrySet());
    entries.sort(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue()));
    return entries.stream().map(Map.Entry::getKey).collect(ImmutableList.toImmutableList());
  }

  /**
   * Finds the phrases of an index in a text; with a word inside them only if wordInside. No phrase
   * is found over the words of a phrase of another sense: in "countering drug trafficking", "drug
   * trafficking" keeps "counter trafficking" from matching around "drug".
   */
  private static void find(
      PhraseIndex index, AnalysedText text, int factor, boolean wordInside, List<Hit> found) {
    String[] stems = text.stems;
    boolean[] otherSense = index.hasOtherSenses() ? otherSenses(index, text) : null;
    int i = 0;
    while (i < stems.length) {
      Phrase[] candidates = index.startingWith(stems[i]);
      Phrase match = null;
      int length = 0;
      for (Phrase phrase : candidates) {
        if (matchesAt(phrase, text, i)
            && (phrase.otherSense() || free(otherSense, i, i + phrase.stems.length - 1))) {
          match = phrase;
          length = phrase.stems.length;
          break;
        }
      }
      // A longer phrase with one more word inside it is more specific than a shorter phrase as
      // written: "return of vulnerable migrants" is "return of migrants", not "return".
      for (int p = 0; wordInside && p < candidates.length; p++) {
        Phrase phrase = candidates[p];
        if (phrase.stems.length <= Math.max(1, length)) {
          break;
        }
        if (!phrase.otherSense()
            && free(otherSense, i, i + phrase.stems.length)
            && matchesAroundOneWord(phrase, text, i)) {
          match = phrase;
          length = phrase.stems.length + 1;
          break;
        }
      }
      if (match == null) {
        i++;
      } else {
        int last = i + length - 1;
        // A phrase of another sense keeps its words from counting and says nothing itself.
        if (!match.otherSense()) {
          found.add(new Hit(match, factor, text.span(i, last), factor == TITLE_FACTOR));
        }
        i = last + 1;
      }
    }
  }

  /** The stems that phrases of another sense cover in a text; null when none does. */
  private static boolean[] otherSenses(PhraseIndex index, AnalysedText text) {
    boolean[] covered = null;
    for (int i = 0; i < text.stems.length; i++) {
      for (Phrase phrase : index.otherSensesStartingWith(text.stems[i])) {
        if (matchesAt(phrase, text, i)) {
          if (covered == null) {
            covered = new boolean[text.stems.length];
          }
          Arrays.fill(covered, i, i + phrase.stems.length, true);
        }
      }
    }
    return covered;
  }

  /** Whether no phrase of another sense covers a stem from {@code from} to {@code to}. */
  private static boolean free(boolean[] otherSense, int from, int to) {
    if (otherSense == null) {
      return true;
    }
    for (int k = from; k <= Math.min(to, otherSense.length - 1); k++) {
      if (otherSense[k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a phrase of two words or more stands at a stem with one more word of the text inside
   * it, joined to its neighbours by spaces and stop words only: "return of vulnerable migrants" is
   * "return of migrants", "host and refugee communities" is "host communities"; "communities, this
   * project" is not "community projects". Inside a compound, two words written with none between
   * them, the word may stand alone or joined by "and" or "or" only ("host and refugee communities",
   * "disaster prevention and preparedness"): "families affected by the migration crisis" is not
   * "family migration".
   */
  private static boolean matchesAroundOneWord(Phrase phrase, AnalysedText text, int at) {
    String[] stems = phrase.stems;
    if (at + stems.length >= text.stems.length) {
      return false;
    }
    for (int inside = at + 1; inside < at + stems.length; inside++) {
      boolean qualifies =
          !phrase.compound[inside - at]
              || (text.coordinated(inside) && text.coordinated(inside + 1));
      if (qualifies
          && text.tight(inside)
          && text.tight(inside + 1)
          && matchesSkipping(stems, text, at, inside)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesSkipping(String[] phrase, AnalysedText text, int at, int skipped) {
    for (int k = 1; k < phrase.length; k++) {
      int t = at + k < skipped ? at + k : at + k + 1;
      if (!phrase[k].equals(text.stems[t]) || !text.joined(t)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a phrase stands at a stem as written, its words joined by spaces and stop words; a
   * phrase of another sense also with no word between two words it writes together, so that "data
   * migration" is not "data on migration".
   */
  private static boolean matchesAt(Phrase phrase, AnalysedText text, int at) {
    String[] stems = phrase.stems;
    if (at + stems.length > text.stems.length) {
      return false;
    }
    for (int k = 1; k < stems.length; k++) {
      if (!stems[k].equals(text.stems[at + k])
          || !text.joined(at + k)
          || (phrase.otherSense() && phrase.compound[k] && !text.adjacent(at + k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * How strongly a text speaks of migration.
   *
   * @param score the weights of the migration phrases found, each times {@code 1 + ln(count)}
   * @param evidence those phrases as written, lower-cased, strongest first
   * @param named whether a phrase of tier 3 is among them, or one of tier 2 in the title or beside
   *     another phrase: words of context alone, or one word of two senses however often the
   *     description says it, do not name migration
   * @param lone whether that is one word said once in the description
   * @param agency whether a phrase names an agency whose mandate is migration or displacement
   * @param descriptionWords how many words the description has, stop words left out
   */
  record MigrationEvidence(
      double score,
      ImmutableList<String> evidence,
      boolean named,
      boolean lone,
      boolean agency,
      int descriptionWords) {}

  /** A phrase found, counted {@code count} times, and the words it was first found in. */
  private static final class Hit {
    final Phrase phrase;
    final int count;
    final String surface;
    final boolean inTitle;

    Hit(Phrase phrase, int count, String surface, boolean inTitle) {
      this.phrase = phrase;
      this.count = count;
      this.surface = surface;
      this.inTitle = inTitle;
    }
  }
}
