package org.migrationmodel.json.internal;

import com.google.common.collect.ImmutableList;
import org.migrationmodel.taxonomy.Catalogue;
import org.migrationmodel.taxonomy.SupportedLanguage;
import org.migrationmodel.taxonomy.Term;

/**
 * Writes a catalogue as CSV (RFC 4180, UTF-8, {@code \n} line ends): a header, then one row per
 * term of every vocabulary, with the same facts as the JSON catalogue.
 */
public final class CatalogueCsvWriter {
  private CatalogueCsvWriter() {}

  /** The catalogue as CSV text. */
  public static String write(Catalogue catalogue) {
    ImmutableList.Builder<String> header =
        ImmutableList.<String>builder().add("vocabulary", "code");
    for (SupportedLanguage language : SupportedLanguage.values()) {
      header.add("label_" + language.tag());
    }
    header.add("description", "status", "introduced_in", "withdrawn_in", "area", "number");
    StringBuilder csv = new StringBuilder(Csv.line(header.build()));
    for (Term term : catalogue.terms()) {
      TermRow row = TermRow.of(term, catalogue);
      csv.append(
          Csv.line(
              ImmutableList.<String>builder()
                  .add(row.vocabulary(), row.code())
                  .addAll(row.labels().values())
                  .add(
                      row.description(),
                      row.status(),
                      row.introducedIn(),
                      row.withdrawnIn().orElse(""),
                      row.area().orElse(""),
                      row.number().map(String::valueOf).orElse(""))
                  .build()));
    }
    return csv.toString();
  }
}
