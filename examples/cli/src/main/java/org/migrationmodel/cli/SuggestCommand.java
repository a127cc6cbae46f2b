package org.migrationmodel.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.migrationmodel.json.JsonRecord;
import org.migrationmodel.json.ProgrammeJson;
import org.migrationmodel.report.InputProblem;
import org.migrationmodel.report.SuggestionRecord;
import org.migrationmodel.suggester.Suggester;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.SupportedLanguage;
import org.migrationmodel.taxonomy.Term;
import org.migrationmodel.text.TermSuggestion;
import org.migrationmodel.text.TextClassification;
import org.migrationmodel.validation.Finding;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code suggest}: ranked activities, with their evidence, for programme texts. Reads programme
 * documents or records holding only a title, a description and optionally a language; a record
 * whose primary activity the text contradicts is marked.
 */
@Command(
    name = "suggest",
    mixinStandardHelpOptions = true,
    description = {
      "Suggest activities from programme titles and descriptions in English, French or Spanish.",
      "Each FILE holds a JSON object, a JSON array or NDJSON, told apart as validate tells them;",
      "each record needs a title and may have a description, a lang (en, fr, es) and a",
      "classification.primaryActivity, which is marked when the text contradicts it. A record",
      "that cannot be read, or has no title, is named on standard error and the next is read.",
      "Exit code 0, 1 when a record could not be read, 2 on a usage or output error or an input",
      "that could not be read, or not to its end."
    })
final class SuggestCommand implements Callable<Integer> {
  /** The output formats. */
  enum Format {
    TEXT,
    JSON
  }

  @Spec private CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      description = "text, or json: one JSON object per record (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "5",
      description = "How many activities to print per record (default: ${DEFAULT-VALUE}).")
  private int top;

  @Option(
      names = "--lang",
      paramLabel = "en|fr|es",
      description = "The language of texts that do not give theirs (default: detected).")
  private String language;

  @ArgGroup(multiplicity = "1")
  private Input input;

  /** Either files or one text. */
  static final class Input {
    @Option(names = "--text", paramLabel = "TEXT", description = "Suggest for this one text.")
    String text;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files; - reads standard input.")
    List<String> files;
  }

  private final InputStream standardInput;
  // Made at first use: picocli builds every command at start-up, and a mapper costs a tenth of a
  // second that a run of another command would pay for nothing.
  private final Supplier<ObjectMapper> mapper = Suppliers.memoize(ObjectMapper::new);

  SuggestCommand(InputStream standardInput) {
    this.standardInput = standardInput;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (top < 1) {
      err.println("migration-model: --top must be 1 or more, not " + top + ".");
      return MigrationModelCli.EXIT_USAGE_OR_IO;
    }
    Optional<SupportedLanguage> given;
    try {
      given =
          language == null ? Optional.empty() : Optional.of(SuggestionRecord.language(language));
    } catch (IllegalArgumentException e) {
      err.println("migration-model: " + e.getMessage());
      return MigrationModelCli.EXIT_USAGE_OR_IO;
    }
    if (input.text != null) {
      print(
          "--text",
          1,
          new SuggestionRecord(
              Optional.empty(), "", input.text, given, Optional.<Activity>empty()));
      return 0;
    }
    int status = suggestForFiles(given);
    spec.commandLine().getOut().flush();
    return status;
  }

  /**
   * Suggests for every record of every file, read through the library as every command reads its
   * inputs; a record that cannot be read, or lacks a title, is named on standard error with its
   * line, and the next one is read. Returns the exit status.
   */
  private int suggestForFiles(Optional<SupportedLanguage> given) throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    long[] suggested = {0};
    long[] unreadable = {0};
    long[] inputProblems = {0};
    ProgrammeFiles.readTrees(
        input.files,
        standardInput,
        ProgrammeJson.reader(),
        new ProgrammeFiles.Handler<JsonRecord>() {
          @Override
          public void record(String file, JsonRecord record) {
            Optional<SuggestionRecord> text = text(file, record, given);
            if (text.isPresent()) {
              print(file, record.recordNumber(), text.get());
              suggested[0]++;
            } else {
              unreadable[0]++;
            }
          }

          @Override
          public void problem(InputProblem problem) {
            inputProblems[0]++;
            err.println("migration-model: " + problem);
          }
        });
    if (unreadable[0] > 0 || inputProblems[0] > 0) {
      err.printf(
          "migration-model: suggestions for %d records; %d could not be read%s.%n",
          suggested[0],
          unreadable[0],
          inputProblems[0] == 0 ? "" : "; " + inputProblems[0] + " inputs were not read whole");
    }
    err.flush();
    if (inputProblems[0] > 0) {
      return MigrationModelCli.EXIT_USAGE_OR_IO;
    }
    return unreadable[0] > 0 ? MigrationModelCli.EXIT_INVALID : MigrationModelCli.EXIT_OK;
  }

  /** The text of a record; empty, after naming the record and why, when it has none. */
  private Optional<SuggestionRecord> text(
      String file, JsonRecord record, Optional<SupportedLanguage> given) {
    PrintWriter err = spec.commandLine().getErr();
    // A record with an error in its JSON (text after it, a member given twice) is not guessed at.
    if (!record.isValid()) {
      Finding first = record.report().findings().get(0);
      err.printf(
          "migration-model: %s:%d: record %d could not be read: %s: %s%n",
          file,
          first.line().orElse(record.line()),
          record.recordNumber(),
          first.ruleId(),
          first.message());
      return Optional.empty();
    }
    try {
      return Optional.of(SuggestionRecord.read(record.value().orElseThrow(), given));
    } catch (IllegalArgumentException e) {
      err.printf(
          "migration-model: %s:%d: record %d: %s Skipped.%n",
          file, record.line(), record.recordNumber(), e.getMessage());
      return Optional.empty();
    }
  }

  private void print(String source, int record, SuggestionRecord text) {
    TextClassification classification = text.suggest(Suggester.standard());
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      out.println(json(text.toJson(mapper.get(), source, record, classification, top)));
    } else {
      text(out, source, record, text, classification);
    }
  }

  private void text(
      PrintWriter out,
      String source,
      int record,
      SuggestionRecord text,
      TextClassification classification) {
    String title = text.title();
    out.printf(
        "%s #%d%s [%s]%s%n",
        source,
        record,
        text.id().map(id -> " " + id).orElse(""),
        classification.languageTag(),
        title.isEmpty() ? "" : " " + title);
    out.println("  " + verdict(classification));
    if (text.disagrees(classification)) {
      out.printf(
          "  DISAGREES: filed under %s, which is not among the first %d%n",
          text.primaryActivity().orElseThrow().code(), TextClassification.AGREEING_RANKS);
    }
    int rank = 0;
    for (TermSuggestion<Activity> suggestion : classification.activities()) {
      if (++rank > top) {
        break;
      }
      out.printf(
          Locale.ROOT,
          "  %d. %-34s %4.2f  %s%n",
          rank,
          suggestion.term().code(),
          suggestion.confidence(),
          String.join(", ", suggestion.evidence()));
    }
    if (classification.aboutMigration() && classification.activities().isEmpty()) {
      out.println("  (no activity: the text names none the suggester knows)");
    }
    if (!classification.crossCuttingActivities().isEmpty()) {
      out.println("  cross-cutting: " + codes(classification.crossCuttingActivities()));
    }
    if (!classification.targetGroups().isEmpty()) {
      out.println("  target groups: " + codes(classification.targetGroups()));
    }
  }

  /** The line that says whether the text was read, whether it is about migration, and how sure. */
  private static String verdict(TextClassification classification) {
    if (classification.language().isEmpty()) {
      return "not read: the text is in "
          + classification.languageTag()
          + ", not in en, fr or es; nothing suggested";
    }
    if (!classification.aboutMigration()) {
      return "about migration: no; nothing suggested";
    }
    return classification.isConfident()
        ? "about migration: yes; confident"
        : "about migration: yes; not confident";
  }

  private String json(ObjectNode result) {
    try {
      return mapper.get().writeValueAsString(result);
    } catch (JsonProcessingException e) {
      // A tree of strings and numbers always serializes; failing here is a defect.
      throw new IllegalStateException(e);
    }
  }

  private static String codes(List<? extends TermSuggestion<? extends Term>> suggestions) {
    return suggestions.stream().map(s -> s.term().code()).collect(Collectors.joining(", "));
  }
}
