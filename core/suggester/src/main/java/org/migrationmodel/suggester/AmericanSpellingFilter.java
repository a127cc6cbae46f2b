package org.migrationmodel.suggester;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Spells lower-cased English words the American way before they are stemmed, so that a text written
 * with British spelling meets phrases listed with American spelling and the other way round:
 * "reception centres" is "reception centers", "stabilisation" is "stabilization", "labour" is
 * "labor". The Porter stemmer joins neither ("centr" and "center", "stabilis" and "stabil"). Only
 * spellings that no other English word shares are rewritten: the noun ending "-isation", and the
 * words "centre", "programme", "labour", "neighbour", "behaviour" and "defence" with their endings.
 * The verb ending "-ise" is left alone ("raise", "expertise", "enterprise" are no British
 * spellings).
 */
final class AmericanSpellingFilter extends TokenFilter {
  /** British words and prefixes, each with its American spelling. */
  private static final ImmutableMap<String, String> PREFIXES =
      ImmutableMap.of(
          "labour", "labor",
          "neighbour", "neighbor",
          "behaviour", "behavior");

  /** Whole British words, each with its American spelling. */
  private static final ImmutableMap<String, String> WORDS =
      ImmutableMap.of(
          "centre", "center",
          "centres", "centers",
          "programme", "program",
          "programmes", "programs",
          "defence", "defense");

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  AmericanSpellingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    String word = term.toString();
    String american = american(word);
    if (!american.equals(word)) {
      term.setEmpty().append(american);
    }
    return true;
  }

  /**
   * The American spelling of a lower-cased word, or the word itself.
   *
   * @param word a lower-cased word
   * @return its American spelling, never null
   */
  static String american(String word) {
    String whole = WORDS.get(word);
    if (whole != null) {
      return whole;
    }
    for (Map.Entry<String, String> prefix : PREFIXES.entrySet()) {
      if (word.startsWith(prefix.getKey())) {
        return prefix.getValue() + word.substring(prefix.getKey().length());
      }
    }
    int ending = word.lastIndexOf("isation");
    if (ending > 0 && (word.endsWith("isation") || word.endsWith("isations"))) {
      return word.substring(0, ending) + "ization" + word.substring(ending + "isation".length());
    }
    return word;
  }
}
