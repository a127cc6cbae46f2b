package org.migrationmodel.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One Spark session in local mode with two cores, on loopback, shared by every test class of the
 * run (starting one takes seconds) and stopped when the run ends. Its files are cut into blocks of
 * 4 KiB, a few records each, so that every sample file is read in many splits; opening a file is
 * counted as almost free, so that the last, shorter blocks of several files share a partition.
 */
final class LocalSpark implements BeforeAllCallback, ParameterResolver {
  private static final String KEY = LocalSpark.class.getName();

  /** Stops the session when JUnit closes the root store, after the last test. */
  private record Running(SparkSession session) implements AutoCloseable {
    @Override
    public void close() {
      session.stop();
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    running(context);
  }

  private static Running running(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(KEY, key -> new Running(start()), Running.class);
  }

  private static SparkSession start() {
    return SparkSession.builder()
        .appName("migration-model-spark tests")
        .master("local[2]")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.files.maxPartitionBytes", "4096")
        .config("spark.sql.files.openCostInBytes", "1")
        .getOrCreate();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == SparkSession.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return running(context).session();
  }
}
