package org.migrationmodel.iati;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Optional;
import org.migrationmodel.taxonomy.Agency;
import org.migrationmodel.taxonomy.SupportedLanguage;

/**
 * The partner agencies as IATI participating organisations. Only identifiers with a source are
 * given: IOM's (XM-DAC-47066) and UNHCR's (OECD DAC channel code 41121, in the same XM-DAC form);
 * other agencies are named by narrative alone.
 */
final class Agencies {
  static final String IOM_REF = "XM-DAC-47066";

  private static final ImmutableMap<Agency, String> REFS =
      ImmutableMap.of(Agency.IOM, IOM_REF, Agency.UNHCR, "XM-DAC-41121");

  private Agencies() {}

  static Optional<String> ref(Agency agency) {
    return Optional.ofNullable(REFS.get(agency));
  }

  /** The agency an organisation identifier or name stands for: by identifier, code or label. */
  static Optional<Agency> find(String ref, String name) {
    for (Agency agency : Agency.values()) {
      if (ref != null && ref.equals(REFS.get(agency))) {
        return Optional.of(agency);
      }
    }
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String wanted = name.strip();
    for (Agency agency : Agency.values()) {
      if (agency.code().equalsIgnoreCase(wanted)) {
        return Optional.of(agency);
      }
      for (SupportedLanguage language : SupportedLanguage.values()) {
        if (agency.displayName(language.locale()).equalsIgnoreCase(wanted)) {
          return Optional.of(agency);
        }
      }
    }
    return Optional.empty();
  }

  static String name(Agency agency) {
    return agency.displayName(Locale.ENGLISH);
  }
}
