package org.migrationmodel.cli;

import java.util.concurrent.Callable;
import org.migrationmodel.taxonomy.Catalogue;
import org.migrationmodel.taxonomy.SupportedLanguage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code catalogue}: prints the managing-migration model. */
@Command(
    name = "catalogue",
    mixinStandardHelpOptions = true,
    description = "Print the model: areas and activities, cross-cutting activities, themes.")
final class CatalogueCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--lang",
      paramLabel = "en|fr|es",
      converter = LanguageConverter.class,
      defaultValue = "en",
      description = "Language of the labels (default: ${DEFAULT-VALUE}).")
  private SupportedLanguage language;

  @Override
  public Integer call() {
    new CatalogueTree(language).print(Catalogue.standard(), spec.commandLine().getOut());
    return 0;
  }
}
