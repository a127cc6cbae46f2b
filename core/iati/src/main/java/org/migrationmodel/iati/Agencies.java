package org.migrationmodel.iati;

import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.migrationmodel.taxonomy.Agency;
import org.migrationmodel.taxonomy.SupportedLanguage;

/**
 * The partner agencies as IATI participating organisations. Only identifiers with a source are
 * given: IOM's (XM-DAC-47066) and UNHCR's (OECD DAC channel code 41121, in the same XM-DAC form);
 * other agencies are named by narrative alone. Read back, the bare channel code that IATI 1.0x
 * files give ({@code 47066}) counts as the identifier, and a name counts in the spellings
 * publishers write: British or American, with or without "Office of the" and a closing acronym.
 */
final class Agencies {
  static final String IOM_REF = "XM-DAC-47066";
  private static final String DAC_PREFIX = "XM-DAC-";

  private static final ImmutableMap<Agency, String> REFS =
      ImmutableMap.of(Agency.IOM, IOM_REF, Agency.UNHCR, "XM-DAC-41121");
  // Words that differ only in spelling, and what a name may open or close with, such as
  // "International Organisation for Migration (IOM)" or "Office of the United Nations ...".
  private static final ImmutableMap<String, String> SPELLINGS =
      ImmutableMap.of("organisation", "organization", "labour", "labor");
  private static final Pattern CLOSING_ACRONYM = Pattern.compile("\\s*\\([^()]*\\)$");
  private static final Pattern OPENING = Pattern.compile("^(the |office of the )");
  private static final Pattern BETWEEN_WORDS = Pattern.compile("[\\s.,;:-]+");

  // Every agency by its code and by each of its labels, as normalised(): found once, not at each
  // participating organisation of a file.
  private static final ImmutableMap<String, Agency> BY_NAME = byName();

  private Agencies() {}

  static Optional<String> ref(Agency agency) {
    return Optional.ofNullable(REFS.get(agency));
  }

  /**
   * The agency an organisation identifier or name stands for: by identifier (in XM-DAC form or as
   * the bare channel code), code or label in any of the three languages.
   */
  static Optional<Agency> find(String ref, String name) {
    if (ref != null) {
      String wanted = ref.strip();
      for (Map.Entry<Agency, String> known : REFS.entrySet()) {
        String dac = known.getValue();
        if (wanted.equals(dac) || wanted.equals(dac.substring(DAC_PREFIX.length()))) {
          return Optional.of(known.getKey());
        }
      }
    }
    return name == null ? Optional.empty() : Optional.ofNullable(BY_NAME.get(normalised(name)));
  }

  private static ImmutableMap<String, Agency> byName() {
    Map<String, Agency> names = new HashMap<>();
    for (Agency agency : Agency.values()) {
      names.put(normalised(agency.code()), agency);
      for (SupportedLanguage language : SupportedLanguage.values()) {
        names.put(normalised(agency.displayName(language.locale())), agency);
      }
    }
    return ImmutableMap.copyOf(names);
  }

  /** A name in lower case, one spelling, without its opening article or closing acronym. */
  private static String normalised(String name) {
    String lower = name.strip().toLowerCase(Locale.ROOT);
    lower = CLOSING_ACRONYM.matcher(lower).replaceFirst("");
    lower = OPENING.matcher(lower).replaceFirst("");
    StringBuilder words = new StringBuilder();
    for (String word : BETWEEN_WORDS.split(lower)) {
      if (!word.isEmpty()) {
        words.append(words.length() == 0 ? "" : " ").append(SPELLINGS.getOrDefault(word, word));
      }
    }
    return words.toString();
  }

  static String name(Agency agency) {
    return agency.displayName(Locale.ENGLISH);
  }
}
