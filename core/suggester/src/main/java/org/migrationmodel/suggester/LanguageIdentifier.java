package org.migrationmodel.suggester;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.migrationmodel.taxonomy.SupportedLanguage;

/**
 * Identifies the language of a text by counting function words ("the", "les", "los", "och", "het",
 * "della"...), so that the suggester reads English, French and Spanish and says so, rather than
 * guessing, for a text in another language. Each listed word belongs to the languages that use it
 * commonly; a word that one of the three read languages shares with any other language is left out,
 * so that such a word can never turn a text away or pull it to the wrong stemmer. A word written
 * with a letter that only some of the other languages use (Portuguese "ã", German "ß", Danish and
 * Norwegian "ø", Polish "ł", Turkish "ğ"...) counts for them too: Portuguese shares most of its
 * short words with Spanish.
 *
 * <p>The other languages are those of donors and programmes that publish to IATI in Latin script
 * (German, Dutch, Italian, Portuguese, Swedish, Danish, Norwegian, Finnish, Polish, Turkish,
 * Indonesian), enough to tell that a text is not in one of the three; a text mostly in another
 * script is not read either, nor a long text in which hardly a word is of a language listed here
 * (Swahili, Somali, Hausa). Immutable; the methods are thread-safe.
 */
final class LanguageIdentifier {
  /**
   * The fewest function words of a language that decide a text is in it: one can be a name ("Van"
   * province, "Casa del Migrante", "El Salvador"), two in a row of the same language are not.
   */
  private static final int DECIDING_FUNCTION_WORDS = 2;

  /**
   * A text of at least this many words is long enough to show its language: when hardly any of them
   * is a word of a language the identifier knows, it is in none of them, rather than English.
   */
  private static final int WORDS_TO_SHOW_A_LANGUAGE = 15;

  /**
   * A long text in a language the identifier knows has at least one of its words in this many: the
   * sparsest real text of issue 23's sets, Finnish after an English title, has one in twelve, and a
   * title and description in Spanish made of place names and health terms one in nine.
   */
  private static final int WORDS_PER_KNOWN_WORD = 20;

  /** Function words are short; a longer word is skipped without being looked up. */
  private static final int LONGEST_FUNCTION_WORD = 8;

  private static final String UNDETERMINED = "und";

  /** The languages read, in the order of {@link #TAGS}. */
  private static final ImmutableList<SupportedLanguage> READ =
      ImmutableList.copyOf(SupportedLanguage.values());

  /** Tags in the order ties are settled: read languages first, English before all. */
  private static final ImmutableList<String> TAGS =
      ImmutableList.of(
          "en", "fr", "es", "de", "nl", "it", "pt", "sv", "da", "no", "fi", "pl", "tr", "id");

  private static final ImmutableMap<String, ImmutableList<Integer>> WORDS = functionWords();

  /**
   * Short words of the read languages that other languages share, so that they are not among the
   * function words: they do not tell which language a text is in, only that it is in one the
   * identifier knows.
   */
  private static final ImmutableSet<String> SHARED_WORDS =
      ImmutableSet.copyOf(
          words(
              "a an in to for on at as is be or it not we our la de en un una que para con por al"
                  + " se lo no como il"));

  /** Letters that only some of the other languages write, and those languages. */
  private static final ImmutableMap<Character, ImmutableList<Integer>> LETTERS =
      ImmutableMap.<Character, ImmutableList<Integer>>builder()
          .put('ã', languages("pt"))
          .put('õ', languages("pt"))
          .put('ß', languages("de"))
          .put('ø', languages("da", "no"))
          .put('æ', languages("da", "no"))
          .put('å', languages("sv", "da", "no"))
          .put('ł', languages("pl"))
          .put('ą', languages("pl"))
          .put('ę', languages("pl"))
          .put('ż', languages("pl"))
          .put('ğ', languages("tr"))
          .put('ı', languages("tr"))
          .put('ş', languages("tr"))
          .buildOrThrow();

  private LanguageIdentifier() {}

  /**
   * The language of a text.
   *
   * @param text any text; not null
   * @return the language identified; English when a short text has no function word of any
   *     language, undetermined when a long one has hardly any word of a known language
   */
  static Identified of(String text) {
    int[] counts = new int[TAGS.size()];
    char[] word = new char[LONGEST_FUNCTION_WORD];
    int letters = 0;
    int latin = 0;
    int length = 0;
    int words = 0;
    int known = 0;
    ImmutableList<Integer> marked = null;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        letters++;
        // Every letter below U+0250 is Latin; the lookup is for the others.
        if (c < 0x250 || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
          latin++;
        }
        char lower = Character.toLowerCase(c);
        if (lower >= 'ß') {
          ImmutableList<Integer> only = LETTERS.get(lower);
          marked = only == null ? marked : only;
        }
        if (length < word.length) {
          word[length] = lower;
        }
        length++;
      } else if (length > 0) {
        count(marked, counts);
        marked = null;
        words++;
        if (length <= LONGEST_FUNCTION_WORD) {
          String candidate = new String(word, 0, length);
          ImmutableList<Integer> languages = WORDS.get(candidate);
          count(languages, counts);
          if (languages != null || SHARED_WORDS.contains(candidate)) {
            known++;
          }
        }
        length = 0;
      }
    }
    if (2 * latin < letters
        || (words >= WORDS_TO_SHOW_A_LANGUAGE && known * WORDS_PER_KNOWN_WORD < words)) {
      return new Identified(UNDETERMINED, Optional.empty(), true);
    }
    int read = 0;
    for (int i = 1; i < READ.size(); i++) {
      read = counts[i] > counts[read] ? i : read;
    }
    int other = -1;
    for (int i = READ.size(); i < counts.length; i++) {
      other = counts[i] > (other < 0 ? 0 : counts[other]) ? i : other;
    }
    if (other >= 0 && counts[other] >= DECIDING_FUNCTION_WORDS && counts[other] > counts[read]) {
      return new Identified(TAGS.get(other), Optional.empty(), true);
    }
    return new Identified(
        READ.get(read).tag(), Optional.of(READ.get(read)), counts[read] >= DECIDING_FUNCTION_WORDS);
  }

  private static void count(ImmutableList<Integer> languages, int[] counts) {
    if (languages != null) {
      for (int language : languages) {
        counts[language]++;
      }
    }
  }

  /**
   * A text's language as identified.
   *
   * @param tag the ISO 639-1 code, or {@code und} for a text mostly in a script other than Latin,
   *     or a long one with hardly a word of a language the identifier knows
   * @param read the language the suggester reads it in; empty when it does not read it
   * @param decided false when fewer than two function words of the read language were found (none:
   *     English is only the default; one: it may be a name): the text may as well be in another of
   *     the three
   */
  record Identified(String tag, Optional<SupportedLanguage> read, boolean decided) {}

  private static ImmutableMap<String, ImmutableList<Integer>> functionWords() {
    Map<String, List<String>> byLanguage = new HashMap<>();
    byLanguage.put(
        "en",
        words(
            "the and of with are this that will from by which their its has been were was these"
                + " through who should would into such within between including they them those"
                + " than"));
    byLanguage.put(
        "fr",
        words(
            "le les des du et pour dans avec sur une au aux est qui ces leur leurs cette sont à"
                + " afin ainsi été par pas nous vers auprès être ont ce"));
    byLanguage.put(
        "es",
        words(
            "el los las del y su sus este estos estas también mediante través fue hacia muy según"
                + " hay más pero donde así dicho ello sido está están"));
    byLanguage.put(
        "de",
        words(
            "der und das mit für von zu dem ist sich auf ein eine einer eines nicht werden wird"
                + " auch durch zur zum bei im sind wurde sowie über soll oder diese dieser"));
    byLanguage.put(
        "nl",
        words(
            "het een van voor zijn wordt worden ook naar deze niet bij aan door dat op te uit tot"
                + " hun wij heeft hebben onder"));
    byLanguage.put(
        "it",
        words(
            "il della delle dei degli di che per sono nel nella nelle negli alla alle dalla dal"
                + " gli è anche questo questa più essere sul sulla tra ed"));
    byLanguage.put(
        "pt",
        words(
            "não nao em com uma os ao aos pelo pela pelos pelas são foi também através isso essa"
                + " esse nas seu sua seus suas às"));
    byLanguage.put("sv", words("och att är från för till inte också samt genom detta dessa ett"));
    byLanguage.put("da", words("af blev bliver gennem mellem nogle og ikke til er fra også"));
    byLanguage.put("no", words("av blir ble gjennom mellom noen og ikke til er fra også"));
    byLanguage.put(
        "fi",
        words("ja että etta sekä seka joka jotka myös myos tai kuin ovat oli mutta tämä tama"));
    byLanguage.put("pl", words("się oraz przez jest dla które który która także są może"));
    byLanguage.put("tr", words("ve bir ile için icin olan bu gibi daha"));
    byLanguage.put("id", words("dan yang untuk dengan ini dari pada akan tidak"));
    Map<String, ImmutableList.Builder<Integer>> languagesOfWord = new HashMap<>();
    for (int i = 0; i < TAGS.size(); i++) {
      for (String word : byLanguage.get(TAGS.get(i))) {
        languagesOfWord.computeIfAbsent(word, w -> ImmutableList.builder()).add(i);
      }
    }
    ImmutableMap.Builder<String, ImmutableList<Integer>> words = ImmutableMap.builder();
    languagesOfWord.forEach((word, languages) -> words.put(word, languages.build()));
    return words.buildOrThrow();
  }

  private static List<String> words(String spaced) {
    return Splitter.on(' ').splitToList(spaced);
  }

  private static ImmutableList<Integer> languages(String... tags) {
    ImmutableList.Builder<Integer> indexes = ImmutableList.builder();
    for (String tag : tags) {
      indexes.add(TAGS.indexOf(tag));
    }
    return indexes.build();
  }
}
