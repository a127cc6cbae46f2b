package org.migrationmodel.validation.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.validation.Pointers;
import org.migrationmodel.validation.RuleContext;

/** The budget's currency is an ISO 4217 code: three upper-case letters the JDK knows. */
public final class CurrencyCode implements ProgrammeCheck {
  private static final ImmutableSet<String> CODES =
      Currency.getAvailableCurrencies().stream()
          .map(Currency::getCurrencyCode)
          .collect(ImmutableSet.toImmutableSet());

  @Override
  public void check(Programme programme, RuleContext context) {
    programme
        .budget()
        .ifPresent(
            budget -> {
              String currency = budget.currency();
              if (!CODES.contains(currency)) {
                report(currency, context);
              }
            });
  }

  private static void report(String currency, RuleContext context) {
    String upperCase = currency.trim().toUpperCase(Locale.ROOT);
    List<String> suggestions =
        CODES.contains(upperCase) ? ImmutableList.of(upperCase) : ImmutableList.of();
    context.report(
        Pointers.of("budget", "currency"),
        "The currency \""
            + currency
            + "\" is not an ISO 4217 code; use "
            + (suggestions.isEmpty()
                ? "the three upper-case letters of the currency, such as USD or EUR."
                : upperCase + "."),
        suggestions);
  }
}
