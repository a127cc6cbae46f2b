package org.migrationmodel.suggester;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Counts the countries a text names, in English, French or Spanish, by their names or by their
 * people: a name followed by an ending that makes a demonym of it ("Nepalese", "Nigerian",
 * "marocains", "paraguayas"). Demonyms not built on the name ("Filipino", "malgache", "French") are
 * not found, so the count is a lower bound. The names are pinned in {@code countries.tsv}.
 */
final class CountryNames {
  private static final String RESOURCE = "countries.tsv";

  // Shorter names ("Chad" and "Mali" are four letters) are words of other senses too often.
  private static final int SHORTEST_NAME = 4;

  private static final String DEMONYM_ENDINGS =
      "n|an|ans|ian|ians|ns|ese|i|is|ien|iens|ienne|iennes|ais|aise|aises|ain|ains|aine|aines"
          + "|o|os|a|as|no|nos|na|nas|ano|anos|ana|anas|eno|enos|ena|enas|e|s|es";

  private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

  /** Each name, folded, to its country's code; a name shared by two codes counts for the first. */
  private static final ImmutableMap<String, String> CODES = read();

  // Longest names first, so that "Papua New Guinea" is found before "Guinea", "Nigeria" before
  // "Niger".
  private static final Pattern NAMES =
      Pattern.compile(
          "\\b("
              + CODES.keySet().stream()
                  .sorted(Comparator.comparingInt(String::length).reversed())
                  .map(Pattern::quote)
                  .collect(Collectors.joining("|"))
              + ")(?:"
              + DEMONYM_ENDINGS
              + ")?\\b");

  private CountryNames() {}

  /**
   * How many different countries a text names.
   *
   * @param text any text
   * @return the number of countries, zero when it names none
   */
  static int count(String text) {
    Set<String> named = new HashSet<>();
    Matcher matcher = NAMES.matcher(fold(text));
    while (matcher.find()) {
      named.add(CODES.get(matcher.group(1)));
    }
    return named.size();
  }

  private static String fold(String text) {
    String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    return ACCENTS.matcher(decomposed).replaceAll("").replace('\u2019', '\'');
  }

  private static ImmutableMap<String, String> read() {
    Splitter columns = Splitter.on('\t');
    Splitter names = Splitter.on("; ");
    Map<String, String> codes = new LinkedHashMap<>();
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
            String folded = fold(name);
            if (folded.length() >= SHORTEST_NAME) {
              codes.putIfAbsent(folded, row.get(0));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
    return ImmutableMap.copyOf(codes);
  }
}
