package org.migrationmodel.spark;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import picocli.CommandLine;

/** One run of the job, as spark-submit would start it, on the test session. */
record JobRun(int status, String out, String err, Path output) {

  /** Runs the job, which must complete (status 0 or 1). */
  static JobRun of(SparkSession spark, Path output, String... inputsAndOptions) {
    JobRun run = attempt(spark, output, inputsAndOptions);
    if (run.status() > ValidateJob.EXIT_INVALID) {
      throw new AssertionError("The job failed with status " + run.status() + ":\n" + run.err());
    }
    return run;
  }

  /** Runs the job, whatever its outcome. */
  static JobRun attempt(SparkSession spark, Path output, String... inputsAndOptions) {
    List<String> args = new ArrayList<>(List.of("--output", output.toString()));
    args.addAll(List.of(inputsAndOptions));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine job = ValidateJob.commandLine(() -> spark);
    job.setOut(new PrintWriter(out, true));
    job.setErr(new PrintWriter(err, true));
    int status = job.execute(args.toArray(String[]::new));
    return new JobRun(status, out.toString(), err.toString(), output);
  }

  /** The one line the job prints. */
  String summaryLine() {
    return out.strip();
  }

  Dataset<Row> table(SparkSession spark, String format) {
    return spark.read().format(format).load(output.toString());
  }

  Dataset<Row> table(SparkSession spark, String format, StructType schema) {
    return spark
        .read()
        .format(format)
        .schema(schema)
        .option("header", format.equals("csv"))
        .load(output.toString());
  }
}
