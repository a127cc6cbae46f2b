package org.migrationmodel.validation.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Locale;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.validation.Pointers;
import org.migrationmodel.validation.RuleContext;

/**
 * Every country code is an upper-case ISO 3166-1 alpha-2 code, or {@code XK}, which UN agencies use
 * for Kosovo.
 */
public final class CountryCode implements ProgrammeCheck {
  private static final String KOSOVO = "XK";
  private static final ImmutableSet<String> CODES =
      ImmutableSet.<String>builder().add(Locale.getISOCountries()).add(KOSOVO).build();
  // The two codes that the European Union uses in place of ISO's (ISO reserves them for it), and
  // so the two that data most often carries by mistake.
  private static final ImmutableMap<String, String> EU_CODES =
      ImmutableMap.of("UK", "GB", "EL", "GR");

  @Override
  public void check(Programme programme, RuleContext context) {
    for (int i = 0; i < programme.countries().size(); i++) {
      String code = programme.countries().get(i).code();
      if (!CODES.contains(code)) {
        report(code, Pointers.of("countries", i, "code"), context);
      }
    }
  }

  private static void report(String code, String pointer, RuleContext context) {
    String upperCase = code.trim().toUpperCase(Locale.ROOT);
    String replacement = EU_CODES.getOrDefault(upperCase, upperCase);
    List<String> suggestions =
        CODES.contains(replacement) ? ImmutableList.of(replacement) : ImmutableList.of();
    context.report(
        pointer,
        "The country code \""
            + code
            + "\" is not an ISO 3166-1 alpha-2 code; use "
            + (suggestions.isEmpty()
                ? "the country's two upper-case letters, such as ML for Mali."
                : replacement + "."),
        suggestions);
  }
}
