package org.migrationmodel.iati;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
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
      String wantedRef = ref.strip();
      for (Agency agency : REFS.keySet()) {
        String known = REFS.get(agency);
        if (wantedRef.equals(known) || wantedRef.equals(known.substring(DAC_PREFIX.length()))) {
          return Optional.of(agency);
        }
      }
    }
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String wanted = normalised(name);
    for (Agency agency : Agency.values()) {
      if (agency.code().equalsIgnoreCase(name.strip())) {
        return Optional.of(agency);
      }
      for (SupportedLanguage language : SupportedLanguage.values()) {
        if (normalised(agency.displayName(language.locale())).equals(wanted)) {
          return Optional.of(agency);
        }
      }
    }
    return Optional.empty();
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
