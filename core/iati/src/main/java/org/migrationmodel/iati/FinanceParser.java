package org.migrationmodel.iati;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.migrationmodel.validation.Severity;

/**
 * Reads the parts of an activity that say where its money goes: budgets, transactions, and the
 * recipient countries, regions and sectors, which IATI allows on the activity or on each
 * transaction. Serves the {@link ActivityParser} of one activity.
 */
final class FinanceParser {
  private static final Set<String> BUDGET_PARTS = Set.of("period-start", "period-end", "value");

  private final ElementReader in;
  private final XmlCursor cursor;
  private final ImmutableList.Builder<RawActivity.BudgetLine> budgets = ImmutableList.builder();
  private final ImmutableList.Builder<RawActivity.Transaction> transactions =
      ImmutableList.builder();

  FinanceParser(ElementReader in) {
    this.in = in;
    this.cursor = in.cursor();
  }

  ImmutableList<RawActivity.BudgetLine> budgets() {
    return budgets.build();
  }

  ImmutableList<RawActivity.Transaction> transactions() {
    return transactions.build();
  }

  /** A {@code recipient-country}, into the given list. */
  void country(ImmutableList.Builder<RawActivity.Share> into) throws XmlCursor.Stop, IOException {
    At at = in.at();
    String code = cursor.attribute("code");
    String percentage = cursor.attribute("percentage");
    in.attributes(Set.of("code", "percentage", "xml:lang"));
    // Narratives name the country its code already gives.
    cursor.skip();
    if (code == null || code.isBlank()) {
      in.problem(IatiProblem.MISSING, Severity.WARNING, at, "a recipient country without code");
      return;
    }
    Optional<BigDecimal> share = in.percentage(percentage, at);
    if (percentage == null || share.isPresent()) {
      into.add(new RawActivity.Share(code.strip(), "1", share, at));
    }
  }

  /** A {@code recipient-region}, into the given list. */
  void region(ImmutableList.Builder<RawActivity.Share> into) throws XmlCursor.Stop, IOException {
    At at = in.at();
    String code = cursor.attribute("code");
    String vocabulary = cursor.attribute("vocabulary");
    String percentage = cursor.attribute("percentage");
    in.attributes(Set.of("code", "vocabulary", "vocabulary-uri", "percentage", "xml:lang"));
    cursor.skip();
    Optional<BigDecimal> share = in.percentage(percentage, at);
    if (percentage == null || share.isPresent()) {
      into.add(
          new RawActivity.Share(
              code == null ? "" : code.strip(),
              vocabulary == null || vocabulary.isBlank() ? "1" : vocabulary.strip(),
              share,
              at));
    }
  }

  /** A {@code sector}, into the given list. */
  void sector(ImmutableList.Builder<RawActivity.Code> into) throws XmlCursor.Stop, IOException {
    At at = in.at();
    String vocabulary = IatiCodes.sectorVocabulary(cursor.attribute("vocabulary"));
    String uri = cursor.attribute("vocabulary-uri");
    String code = cursor.attribute("code");
    String percentage = cursor.attribute("percentage");
    in.attributes(Set.of("vocabulary", "vocabulary-uri", "code", "percentage", "xml:lang"));
    // Narratives name the sector its code already gives.
    cursor.skip();
    if (code == null || code.isBlank()) {
      in.problem(
          IatiProblem.MISSING,
          Severity.WARNING,
          at,
          "a sector without code; it is not read, and says nothing of what the activity is about");
      return;
    }
    Optional<BigDecimal> share = in.percentage(percentage, at);
    if (percentage == null || share.isPresent()) {
      into.add(
          new RawActivity.Code(
              vocabulary,
              Optional.ofNullable(uri).map(String::strip).filter(value -> !value.isEmpty()),
              code.strip(),
              share,
              at));
    }
  }

  /** A {@code budget}: its type, status, period and value. */
  void budget() throws XmlCursor.Stop, IOException {
    At at = in.at();
    String type = IatiCodes.budgetType(cursor.attribute("type"));
    String status = IatiCodes.budgetStatus(cursor.attribute("status"));
    in.attributes(Set.of("type", "status"));
    LocalDate start = null;
    LocalDate end = null;
    String value = null;
    String currency = null;
    Set<String> seen = new HashSet<>();
    while (cursor.nextChild()) {
      String name = cursor.isIati() && BUDGET_PARTS.contains(cursor.name()) ? cursor.name() : "";
      if (!name.isEmpty() && !seen.add(name)) {
        in.problem(
            IatiProblem.REPEATED, Severity.WARNING, "a second " + name + " in a budget, ignored");
        cursor.skip();
        continue;
      }
      switch (name) {
        case "period-start" -> start = periodDate();
        case "period-end" -> end = periodDate();
        case "value" -> {
          currency = cursor.attribute("currency");
          in.attributes(Set.of("currency", "value-date"));
          value = in.text().strip();
        }
        default -> in.skip("the model has no place for " + cursor.name() + " in a budget");
      }
    }
    in.textBetweenNotKept(at, "text in a budget, outside its period and value, is not kept");
    Optional<BigDecimal> amount = value == null ? Optional.empty() : in.decimal(value, at);
    if (start == null || end == null || amount.isEmpty()) {
      List<String> lacking = new ArrayList<>();
      if (start == null) {
        lacking.add("a period start");
      }
      if (end == null) {
        lacking.add("a period end");
      }
      if (amount.isEmpty()) {
        lacking.add("a value");
      }
      in.problem(
          IatiProblem.INVALID_VALUE,
          Severity.WARNING,
          at,
          "a budget without " + String.join(", ", lacking) + " that can be read is ignored");
      return;
    }
    budgets.add(
        new RawActivity.BudgetLine(type, status, start, end, amount.get(), currency(currency), at));
  }

  /** The date of a budget's period start or end: {@code iso-date}, else its text (IATI 1.0x). */
  private LocalDate periodDate() throws XmlCursor.Stop, IOException {
    At at = in.at();
    String iso = cursor.attribute("iso-date");
    in.attributes(Set.of("iso-date"));
    String text = in.text();
    if (iso == null && text.isBlank()) {
      in.problem(IatiProblem.MISSING, Severity.WARNING, at, "a budget period without a date");
      return null;
    }
    if (iso != null && !text.isBlank()) {
      in.notKept(NotKept.at(at, "text in a budget's period is not kept; its iso-date is"));
    }
    return in.date(iso != null ? iso : text, at).orElse(null);
  }

  /**
   * A {@code transaction}: the model has no place for transactions themselves, so each is noted as
   * not kept; their value, sectors and countries are read for an activity that gives none of its
   * own.
   */
  void transaction() throws XmlCursor.Stop, IOException {
    At at = in.at();
    in.notKept(
        NotKept.at(
            at,
            "the model has no place for transactions; their sectors and countries are read only"
                + " for an activity that gives none"));
    Optional<BigDecimal> value = Optional.empty();
    Optional<String> currency = Optional.empty();
    ImmutableList.Builder<RawActivity.Code> sectors = ImmutableList.builder();
    ImmutableList.Builder<RawActivity.Share> countries = ImmutableList.builder();
    while (cursor.nextChild()) {
      switch (cursor.isIati() ? cursor.name() : "") {
        case "value" -> {
          currency = currency(cursor.attribute("currency"));
          value = amount(in.text());
        }
        case "sector" -> sector(sectors);
        case "recipient-country" -> country(countries);
        default -> cursor.skip();
      }
    }
    transactions.add(
        new RawActivity.Transaction(value, currency, sectors.build(), countries.build(), at));
  }

  /** A transaction's value: only weighs its sectors and countries, so an unreadable one is none. */
  private static Optional<BigDecimal> amount(String text) {
    try {
      return Optional.of(new BigDecimal(text.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> currency(String code) {
    return Optional.ofNullable(code).map(String::strip).filter(value -> !value.isEmpty());
  }
}
