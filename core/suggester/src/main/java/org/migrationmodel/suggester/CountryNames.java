package org.migrationmodel.suggester;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Counts the countries a text names, in English, French or Spanish, by their names or by their
 * people: a name whose last word ends in a demonym's ending ("Nepalese", "Nigerian", "marocains",
 * "paraguayas"). Demonyms not built on the name ("Filipino", "malgache", "French") are not found,
 * so the count is a lower bound. The names are pinned in {@code countries.tsv}.
 */
final class CountryNames {
  private static final String RESOURCE = "countries.tsv";

  // Shorter names ("Chad" and "Mali" are four letters) are words of other senses too often.
  private static final int SHORTEST_NAME = 4;

  // Names are looked up by the first letters of their first word.
  private static final int KEY_LENGTH = 4;

  private static final ImmutableSet<String> DEMONYM_ENDINGS =
      ImmutableSet.copyOf(
          Splitter.on('|')
              .split(
                  "n|an|ans|ian|ians|ns|ese|i|is|ien|iens|ienne|iennes|ais|aise|aises|ain|ains"
                      + "|aine|aines|o|os|a|as|no|nos|na|nas|ano|anos|ana|anas|eno|enos|ena|enas"
                      + "|e|s|es"));

  private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
  private static final Splitter WORDS = Splitter.onPattern("[^a-z]+").omitEmptyStrings();

  /** Each name's words and country, by the key of its first word; longest names first. */
  private static final ImmutableListMultimap<String, Name> NAMES = read();

  private CountryNames() {}

  /**
   * How many different countries a text names.
   *
   * @param text any text
   * @return the number of countries, zero when it names none
   */
  static int count(String text) {
    List<String> words = WORDS.splitToList(fold(text));
    Set<String> named = new HashSet<>();
    int i = 0;
    while (i < words.size()) {
      Name found = null;
      for (Name name : NAMES.get(key(words.get(i)))) {
        if (name.standsAt(words, i)) {
          found = name;
          break;
        }
      }
      if (found == null) {
        i++;
      } else {
        named.add(found.code);
        i += found.words.size();
      }
    }
    return named.size();
  }

  private static String key(String word) {
    return word.substring(0, Math.min(KEY_LENGTH, word.length()));
  }

  private static String fold(String text) {
    String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return ACCENTS.matcher(decomposed).replaceAll("");
  }

  /** A country's name, as its words, folded. */
  private static final class Name {
    final ImmutableList<String> words;
    final String text;
    final String code;

    Name(ImmutableList<String> words, String code) {
      this.words = words;
      this.text = String.join(" ", words);
      this.code = code;
    }

    /** Whether the name stands at a word of a text, its last word perhaps a demonym of it. */
    boolean standsAt(List<String> text, int at) {
      int last = words.size() - 1;
      if (at + last >= text.size()) {
        return false;
      }
      for (int k = 0; k < last; k++) {
        if (!words.get(k).equals(text.get(at + k))) {
          return false;
        }
      }
      String word = text.get(at + last);
      String name = words.get(last);
      return word.startsWith(name)
          && (word.length() == name.length()
              || DEMONYM_ENDINGS.contains(word.substring(name.length())));
    }
  }

  private static ImmutableListMultimap<String, Name> read() {
    Splitter columns = Splitter.on('\t');
    Splitter names = Splitter.on("; ");
    Set<String> seen = new HashSet<>();
    List<Name> all = new ArrayList<>();
    try (InputStream in = CountryNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The resource " + RESOURCE + " is missing from the jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        List<String> row = columns.splitToList(line);
        for (String column : row.subList(1, row.size())) {
          for (String name : names.split(column)) {
            Name folded = new Name(ImmutableList.copyOf(WORDS.split(fold(name))), row.get(0));
            // A name shared by two codes counts for the first.
            if (folded.text.length() >= SHORTEST_NAME && seen.add(folded.text)) {
              all.add(folded);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
    // Longest first, so that "Papua New Guinea" is found before "Guinea", "Nigeria" before "Niger".
    all.sort(
        Comparator.comparingInt((Name name) -> name.words.size())
            .thenComparingInt(name -> name.text.length())
            .reversed());
    ImmutableListMultimap.Builder<String, Name> byKey = ImmutableListMultimap.builder();
    for (Name name : all) {
      byKey.put(key(name.words.get(0)), name);
    }
    return byKey.build();
  }
}
