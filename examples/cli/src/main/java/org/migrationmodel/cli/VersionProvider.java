package org.migrationmodel.cli;

import org.migrationmodel.taxonomy.Catalogue;
import picocli.CommandLine.IVersionProvider;

/** Reports the tool's version and the catalogue version it carries. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = MigrationModelCli.class.getPackage().getImplementationVersion();
    return new String[] {
      "migration-model " + (version == null ? "(development build)" : version),
      "catalogue " + Catalogue.standard().version()
    };
  }
}
