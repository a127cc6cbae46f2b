package org.migrationmodel.validation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.migrationmodel.programme.Programme;

/**
 * Every country code is an ISO 3166-1 alpha-2 code assigned in the library's pinned table ({@code
 * iso3166-1.tsv}), whatever the JDK knows, or {@code XK}, which UN agencies use for Kosovo.
 * Withdrawn codes are reported with the codes that replaced them.
 */
final class CountryCode implements Rule {
  private static final CodeTable TABLE =
      CodeTable.read(
          "iso3166-1.tsv", ImmutableSet.of("assigned", "user-assigned", "withdrawn", "reserved"));

  @Override
  public void check(Programme programme, RuleContext context) {
    for (int i = 0; i < programme.countries().size(); i++) {
      String code = programme.countries().get(i).code();
      if (!isAccepted(code)) {
        report(code, Pointers.of("countries", i, "code"), context);
      }
    }
  }

  private static boolean isAccepted(String code) {
    return TABLE.hasKind(code, "assigned") || TABLE.hasKind(code, "user-assigned");
  }

  private static void report(String code, String pointer, RuleContext context) {
    Optional<CodeTable.Entry> entry = TABLE.get(code);
    if (entry.isPresent() && entry.get().kind().equals("withdrawn")) {
      List<String> replacements = entry.get().replacements();
      context.report(
          pointer,
          "The country code \""
              + code
              + "\" was withdrawn from ISO 3166-1 in "
              + entry.get().withdrawnIn()
              + "; use "
              + alternatives(replacements)
              + ".",
          replacements);
      return;
    }
    // A reserved code (UK, EL) or a code in the wrong case: suggest the assigned code it stands
    // for.
    String upperCase = code.trim().toUpperCase(Locale.ROOT);
    String replacement =
        TABLE
            .get(upperCase)
            .filter(reserved -> reserved.kind().equals("reserved"))
            .map(reserved -> reserved.replacements().get(0))
            .orElse(upperCase);
    List<String> suggestions =
        isAccepted(replacement) ? ImmutableList.of(replacement) : ImmutableList.of();
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

  /** Such as {@code MM}, {@code RS or ME}, or {@code BQ, CW or SX}. */
  private static String alternatives(List<String> codes) {
    int last = codes.size() - 1;
    return last == 0
        ? codes.get(0)
        : String.join(", ", codes.subList(0, last)) + " or " + codes.get(last);
  }
}
