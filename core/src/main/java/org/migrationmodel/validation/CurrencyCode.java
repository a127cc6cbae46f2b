package org.migrationmodel.validation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.migrationmodel.programme.Budget;
import org.migrationmodel.programme.Programme;

/**
 * The budget's currency is a current ISO 4217 currency code of the library's pinned table ({@code
 * iso4217.tsv}), whatever the JDK knows. Historic codes are reported with their replacement; funds
 * codes, units of account, precious metals and the testing and no-currency codes are refused, since
 * no budget is paid in them.
 */
final class CurrencyCode implements Rule {
  private static final String CURRENCY = "currency";
  private static final String WITHDRAWN = "withdrawn";
  // The kinds of code that no budget is paid in, and what each is.
  private static final ImmutableMap<String, String> REFUSED =
      ImmutableMap.of(
          "fund", "an ISO 4217 funds code, not a currency",
          "unit-of-account", "an ISO 4217 unit of account, not a currency",
          "precious-metal", "the ISO 4217 code of a precious metal, not a currency",
          "testing", "the ISO 4217 code reserved for testing",
          "no-currency", "the ISO 4217 code for transactions without a currency");
  private static final CodeTable TABLE =
      CodeTable.read(
          "iso4217.tsv",
          ImmutableSet.<String>builder().add(CURRENCY, WITHDRAWN).addAll(REFUSED.keySet()).build());
  private static final String USE_A_CURRENCY =
      "give the currency the budget is paid in, such as USD or EUR.";

  @Override
  public void check(Programme programme, RuleContext context) {
    Optional<Budget> budget = programme.budget();
    if (budget.isPresent() && !TABLE.hasKind(budget.get().currency(), CURRENCY)) {
      report(budget.get().currency(), context);
    }
  }

  private static void report(String currency, RuleContext context) {
    String pointer = Pointers.of("budget", "currency");
    Optional<CodeTable.Entry> entry = TABLE.get(currency);
    if (entry.isPresent()) {
      CodeTable.Entry known = entry.get();
      context.report(pointer, knownCodeMessage(known), known.replacements());
      return;
    }
    String upperCase = currency.trim().toUpperCase(Locale.ROOT);
    List<String> suggestions =
        TABLE.hasKind(upperCase, CURRENCY) ? ImmutableList.of(upperCase) : ImmutableList.of();
    context.report(
        pointer,
        "The currency \""
            + currency
            + "\" is not an ISO 4217 code; use "
            + (suggestions.isEmpty()
                ? "the three upper-case letters of the currency, such as USD or EUR."
                : upperCase + "."),
        suggestions);
  }

  private static String knownCodeMessage(CodeTable.Entry entry) {
    String quoted = "The currency \"" + entry.code() + "\"";
    if (entry.kind().equals(WITHDRAWN)) {
      return quoted
          + " was withdrawn from ISO 4217 in "
          + entry.withdrawnIn()
          + "; use "
          + entry.replacements().get(0)
          + ".";
    }
    return quoted + " is " + REFUSED.get(entry.kind()) + "; " + USE_A_CURRENCY;
  }
}
