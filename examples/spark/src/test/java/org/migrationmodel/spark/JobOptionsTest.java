package org.migrationmodel.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.migrationmodel.json.ReadMode;

/** The job's options: lenient reading, the rule preset and an organisation's own rules. */
@ExtendWith(LocalSpark.class)
class JobOptionsTest {
  private static final String BROKEN = Path.of("..", "data", "broken-programmes.ndjson").toString();

  @TempDir Path output;

  @Test
  void lenientReadingGivesTheLibrarysLenientFindings(SparkSession spark) {
    JobRun lenient = JobRun.of(spark, output.resolve("lenient"), BROKEN, "--lenient");

    List<FindingRow> findings = FindingRow.of(lenient.table(spark, "parquet").collectAsList());
    assertThat(findings).isEqualTo(LibraryRun.of(ReadMode.LENIENT, BROKEN).findings());
    assertThat(lenient.summaryLine())
        .isEqualTo(LibraryRun.of(ReadMode.LENIENT, BROKEN).summaryLine())
        .isNotEqualTo(LibraryRun.of(ReadMode.STRICT, BROKEN).summaryLine());
    assertThat(findings).noneMatch(row -> row.ruleId().equals("unknown-member"));
  }

  @Test
  void theErrorsOnlyPresetDropsTheWarningsAndKeepsEveryError(SparkSession spark) {
    JobRun errorsOnly =
        JobRun.of(spark, output.resolve("errors"), BROKEN, "--preset", "errors-only");

    List<FindingRow> all = LibraryRun.of(ReadMode.STRICT, BROKEN).findings();
    List<FindingRow> errors = FindingRow.of(errorsOnly.table(spark, "parquet").collectAsList());
    assertThat(all).anyMatch(row -> row.severity().equals("WARNING"));
    assertThat(errors)
        .isNotEmpty()
        .extracting(FindingRow::line, FindingRow::ruleId, FindingRow::pointer)
        .containsExactlyElementsOf(
            all.stream()
                .filter(row -> row.severity().equals("ERROR"))
                .map(row -> tuple(row.line(), row.ruleId(), row.pointer()))
                .toList());
    assertThat(errorsOnly.summaryLine())
        .isEqualTo(
            "32 programmes: 10 valid, 22 invalid, 23 errors, 0 warnings; 4 records could not be read");
  }

  @Test
  void anOrganisationsRuleIsLoadedByItsClassName(SparkSession spark) {
    JobRun run =
        JobRun.of(
            spark, output.resolve("custom"), BROKEN, "--rule", PeriodRequired.class.getName());

    List<FindingRow> findings = FindingRow.of(run.table(spark, "parquet").collectAsList());
    // Line 30's period is not a calendar date, so the programme is read without one; line 23,
    // which has no period either, gives no programme to check (its budget is NaN).
    assertThat(findings)
        .filteredOn(row -> row.ruleId().equals(PeriodRequired.ID))
        .extracting(FindingRow::line, FindingRow::recordId, FindingRow::pointer)
        .containsExactly(tuple(30L, "BROKEN-INVALID_VALUE", "/period"));
  }

  @Test
  void aRuleClassThatIsMissingIsAUsageError(SparkSession spark) {
    JobRun run =
        JobRun.attempt(spark, output.resolve("none"), BROKEN, "--rule", "org.example.Missing");

    assertThat(run.status()).isEqualTo(ValidateJob.EXIT_USAGE_OR_IO);
    assertThat(run.err()).contains("No class org.example.Missing on the job's class path");
    assertThat(output.resolve("none")).doesNotExist();
  }

  @Test
  void aMissingInputIsAnInputError(SparkSession spark) {
    JobRun run = JobRun.attempt(spark, output.resolve("missing"), "no-such-file.ndjson");

    assertThat(run.status()).isEqualTo(ValidateJob.EXIT_USAGE_OR_IO);
    assertThat(run.err()).contains("no-such-file.ndjson");
  }

  @Test
  void anExistingOutputIsReplacedOnlyWhenAskedTo(SparkSession spark) throws IOException {
    Path existing = Files.createDirectories(output.resolve("existing"));
    Files.writeString(existing.resolve("earlier.txt"), "an earlier run");

    JobRun refused = JobRun.attempt(spark, existing, BROKEN);
    assertThat(refused.status()).isEqualTo(ValidateJob.EXIT_USAGE_OR_IO);
    assertThat(existing.resolve("earlier.txt")).exists();

    JobRun replaced = JobRun.of(spark, existing, BROKEN, "--overwrite");
    assertThat(replaced.status()).isEqualTo(ValidateJob.EXIT_INVALID);
    assertThat(existing.resolve("earlier.txt")).doesNotExist();
  }
}
