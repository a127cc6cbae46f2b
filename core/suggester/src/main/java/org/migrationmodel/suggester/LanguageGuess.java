package org.migrationmodel.suggester;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import org.migrationmodel.taxonomy.SupportedLanguage;

/**
 * Tells English, French and Spanish apart by counting function words that only one of the three
 * uses. Words the languages share ("de", "la", "en", "un", "que", "se") are left out on purpose.
 */
final class LanguageGuess {
  private static final ImmutableSet<String> ENGLISH =
      ImmutableSet.of(
          "the", "and", "of", "to", "for", "with", "will", "from", "this", "their", "which", "by",
          "is", "are", "on", "in", "be", "has", "have", "its", "through", "who", "at", "an");
  private static final ImmutableSet<String> FRENCH =
      ImmutableSet.of(
          "le", "les", "des", "du", "et", "pour", "dans", "avec", "sur", "une", "au", "aux", "est",
          "qui", "ces", "leur", "leurs", "ce", "cette", "sont", "à", "afin", "ainsi", "été");
  private static final ImmutableSet<String> SPANISH =
      ImmutableSet.of(
          "el",
          "los",
          "las",
          "del",
          "y",
          "para",
          "con",
          "una",
          "por",
          "al",
          "su",
          "sus",
          "este",
          "esta",
          "como",
          "entre",
          "también",
          "sobre",
          "mediante",
          "través",
          "son",
          "fue",
          "e",
          "o");

  private LanguageGuess() {}

  /**
   * The language of a text: the one with the most of its own function words, English on a tie.
   *
   * @param text any text; not null
   * @return the language, never null
   */
  static SupportedLanguage of(String text) {
    int english = 0;
    int french = 0;
    int spanish = 0;
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        // Function words are short: skip the substring for longer words.
        if (i - start <= 8) {
          String word = text.substring(start, i).toLowerCase(Locale.ROOT);
          english += ENGLISH.contains(word) ? 1 : 0;
          french += FRENCH.contains(word) ? 1 : 0;
          spanish += SPANISH.contains(word) ? 1 : 0;
        }
        start = -1;
      }
    }
    if (french > english && french >= spanish) {
      return SupportedLanguage.FRENCH;
    }
    if (spanish > english && spanish > french) {
      return SupportedLanguage.SPANISH;
    }
    return SupportedLanguage.ENGLISH;
  }
}
