package org.migrationmodel.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.migrationmodel.json.ProgrammeJson;
import org.migrationmodel.report.CatalogueTree;
import org.migrationmodel.taxonomy.Catalogue;
import org.migrationmodel.taxonomy.SupportedLanguage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code catalogue}: prints the managing-migration model. */
@Command(
    name = "catalogue",
    mixinStandardHelpOptions = true,
    description = {
      "Print the model: areas and activities, cross-cutting activities, themes.",
      "json and csv give every vocabulary, with labels in all three languages."
    })
final class CatalogueCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format {
    TEXT,
    JSON,
    CSV
  }

  @Spec private CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "text|json|csv",
      defaultValue = "text",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(
      names = "--lang",
      paramLabel = "en|fr|es",
      converter = LanguageConverter.class,
      description =
          "Language of the labels in the text tree (default: en); json and csv hold all three.")
  private SupportedLanguage language;

  @Override
  public Integer call() {
    if (language != null && format != Format.TEXT) {
      throw new ParameterException(
          spec.commandLine(),
          "--lang applies to the text tree only: --format "
              + format.name().toLowerCase(Locale.ROOT)
              + " gives the labels in every language.");
    }
    PrintWriter out = spec.commandLine().getOut();
    Catalogue catalogue = Catalogue.standard();
    switch (format) {
      case TEXT ->
          new CatalogueTree(language == null ? SupportedLanguage.ENGLISH : language)
              .print(catalogue, out);
      case JSON -> out.print(ProgrammeJson.catalogueAsJson(catalogue));
      case CSV -> out.print(ProgrammeJson.catalogueAsCsv(catalogue));
    }
    out.flush();
    return 0;
  }
}
