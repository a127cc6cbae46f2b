package org.migrationmodel.suggester;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.migrationmodel.suggester.Knowledge.Phrase;
import org.migrationmodel.suggester.Knowledge.PhraseIndex;
import org.migrationmodel.suggester.TextAnalysis.AnalysedText;
import org.migrationmodel.taxonomy.Term;

/**
 * Finds the phrases of one index in a title and description and scores the terms they point to.
 *
 * <p>At each word the longest phrase that starts there wins and its words are not matched again, so
 * "return of qualified nationals" counts once, not also as "return" and "nationals". A phrase found
 * in the title counts twice. A term's score is the sum, over its phrases found, of the phrase's
 * weight times {@code 1 + ln(count)}: repeating a word adds less each time.
 */
final class Scoring {
  /** How much more a phrase in the title counts than one in the description. */
  static final int TITLE_FACTOR = 3;

  private Scoring() {}

  /**
   * Scores the terms of an index.
   *
   * @param <T> the kind of term
   * @param index the phrases to look for
   * @param title the analysed title
   * @param description the analysed description
   * @param type the kind of term, to cast the index's terms
   * @param minimum the lowest score kept
   * @return the terms scoring at least {@code minimum}, highest first, ties in declaration order
   */
  static <T extends Enum<T> & Term> ImmutableList<Suggestion<T>> score(
      PhraseIndex index,
      AnalysedText title,
      AnalysedText description,
      Class<T> type,
      double minimum) {
    List<Hit> found = new ArrayList<>();
    find(index, title, TITLE_FACTOR, found);
    find(index, description, 1, found);
    if (found.isEmpty()) {
      return ImmutableList.of();
    }
    Hit[] hits = found.toArray(new Hit[0]);
    // Text order within a phrase keeps the first way the text wrote it as its evidence.
    Arrays.sort(hits, Comparator.comparingInt((Hit h) -> h.phrase.id));
    Map<T, Double> scores = new EnumMap<>(type);
    Map<T, Map<String, Double>> evidence = new EnumMap<>(type);
    int i = 0;
    while (i < hits.length) {
      Phrase phrase = hits[i].phrase;
      int count = 0;
      String surface = hits[i].surface;
      while (i < hits.length && hits[i].phrase == phrase) {
        count += hits[i].count;
        i++;
      }
      double repetition = 1 + Math.log(count);
      for (int t = 0; t < phrase.terms.size(); t++) {
        T term = type.cast(phrase.terms.get(t));
        double contribution = phrase.weights[t] * repetition;
        scores.merge(term, contribution, Double::sum);
        evidence
            .computeIfAbsent(term, k -> new LinkedHashMap<>())
            .merge(surface.toLowerCase(Locale.ROOT), contribution, Double::sum);
      }
    }
    List<Suggestion<T>> ranked = new ArrayList<>();
    // EnumMap iterates in declaration order, which the stable sort below keeps for equal scores.
    for (Map.Entry<T, Double> entry : scores.entrySet()) {
      if (entry.getValue() >= minimum) {
        ranked.add(
            new Suggestion<>(
                entry.getKey(), entry.getValue(), strongestFirst(evidence.get(entry.getKey()))));
      }
    }
    ranked.sort(Comparator.comparingDouble((Suggestion<T> s) -> -s.score()));
    return ImmutableList.copyOf(ranked);
  }

  private static ImmutableList<String> strongestFirst(Map<String, Double> evidence) {
    List<Map.Entry<String, Double>> entries = new ArrayList<>(evidence.entrySet());
    entries.sort(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue()));
    return entries.stream().map(Map.Entry::getKey).collect(ImmutableList.toImmutableList());
  }

  private static void find(PhraseIndex index, AnalysedText text, int factor, List<Hit> found) {
    String[] stems = text.stems;
    int i = 0;
    while (i < stems.length) {
      Phrase match = null;
      for (Phrase phrase : index.startingWith(stems[i])) {
        if (matchesAt(phrase.stems, stems, i)) {
          match = phrase;
          break;
        }
      }
      if (match == null) {
        i++;
      } else {
        int last = i + match.stems.length - 1;
        found.add(new Hit(match, factor, text.span(i, last)));
        i = last + 1;
      }
    }
  }

  private static boolean matchesAt(String[] phrase, String[] stems, int at) {
    if (at + phrase.length > stems.length) {
      return false;
    }
    for (int k = 1; k < phrase.length; k++) {
      if (!phrase[k].equals(stems[at + k])) {
        return false;
      }
    }
    return true;
  }

  /** One occurrence of a phrase, counted {@code count} times, and the words it was found in. */
  private static final class Hit {
    final Phrase phrase;
    final int count;
    final String surface;

    Hit(Phrase phrase, int count, String surface) {
      this.phrase = phrase;
      this.count = count;
      this.surface = surface;
    }
  }
}
