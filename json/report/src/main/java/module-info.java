/**
 * What the front ends of the managing-migration model show, written once for all of them: the
 * findings document of a validation run ({@link org.migrationmodel.report.JsonFindingsPrinter}),
 * its summary line ({@link org.migrationmodel.report.RunSummary}), the order of a record's findings
 * ({@link org.migrationmodel.report.RootCausesFirst}), the portfolio report in text and HTML
 * ({@link org.migrationmodel.report.PortfolioText}, {@link
 * org.migrationmodel.report.PortfolioHtml}), the catalogue as a tree, the suggestion record, and
 * the explanation of every finding id ({@link org.migrationmodel.report.FindingCatalogue}).
 */
module org.migrationmodel.report {
  requires transitive org.migrationmodel.json;
  requires org.migrationmodel.iati;
  requires transitive org.migrationmodel.suggester;
  // Compile-time only: the Immutables annotations on core's types, which javac and javadoc read.
  requires static org.immutables.value.annotations;

  exports org.migrationmodel.report;
}
