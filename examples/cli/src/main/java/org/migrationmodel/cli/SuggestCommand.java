package org.migrationmodel.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.migrationmodel.suggester.Suggester;
import org.migrationmodel.suggester.Suggestion;
import org.migrationmodel.suggester.Suggestions;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.SupportedLanguage;
import org.migrationmodel.taxonomy.Term;
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
      "Each FILE holds a JSON object, a JSON array or NDJSON; each record needs a title and may",
      "have a description, a lang (en, fr, es) and a classification.primaryActivity, which is",
      "marked when the text contradicts it. Exit code 0, or 2 on a usage, input or output error",
      "(after every record that could be read)."
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
  private final ObjectMapper mapper = new ObjectMapper();

  SuggestCommand(InputStream standardInput) {
    this.standardInput = standardInput;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (top < 1) {
      err.println("migration-model: --top must be 1 or more, not " + top + ".");
      return MigrationModelCli.EXIT_USAGE_OR_IO;
    }
    Optional<SupportedLanguage> given;
    try {
      given = language == null ? Optional.empty() : Optional.of(language(language));
    } catch (IllegalArgumentException e) {
      err.println("migration-model: " + e.getMessage());
      return MigrationModelCli.EXIT_USAGE_OR_IO;
    }
    if (input.text != null) {
      print("--text", 1, null, "", input.text, given, Optional.empty());
      return 0;
    }
    boolean failed = false;
    for (String file : input.files) {
      failed |= !suggestFor(file, given);
    }
    spec.commandLine().getOut().flush();
    return failed ? MigrationModelCli.EXIT_USAGE_OR_IO : 0;
  }

  /** Suggests for every record of a file; false, after telling why, when one could not be read. */
  private boolean suggestFor(String file, Optional<SupportedLanguage> given) {
    PrintWriter err = spec.commandLine().getErr();
    boolean allRead = true;
    try (InputStream in = ProgrammeFiles.open(file, standardInput);
        JsonParser parser = mapper.createParser(in)) {
      JsonToken token = parser.nextToken();
      boolean array = token == JsonToken.START_ARRAY;
      if (array) {
        token = parser.nextToken();
      }
      int record = 0;
      while (token != null && token != JsonToken.END_ARRAY) {
        record++;
        long line = parser.currentLocation().getLineNr();
        if (token != JsonToken.START_OBJECT) {
          err.printf(
              "migration-model: %s:%d: record %d is not a JSON object.%n", file, line, record);
          allRead = false;
          parser.skipChildren();
        } else {
          allRead &= suggestFor(file, record, line, mapper.readTree(parser), given);
        }
        token = parser.nextToken();
      }
    } catch (JsonProcessingException e) {
      err.printf(
          "migration-model: %s:%d: not valid JSON: %s%n",
          file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), e.getOriginalMessage());
      return false;
    } catch (IOException e) {
      err.println("migration-model: cannot read " + file + ": " + e.getMessage());
      return false;
    }
    return allRead;
  }

  private boolean suggestFor(
      String file, int record, long line, JsonNode node, Optional<SupportedLanguage> given) {
    PrintWriter err = spec.commandLine().getErr();
    JsonNode title = node.get("title");
    JsonNode description = node.path("description");
    if (title == null
        || !title.isTextual()
        || !(description.isMissingNode() || description.isTextual())) {
      err.printf(
          "migration-model: %s:%d: record %d needs a text \"title\" and at most a text"
              + " \"description\"; skipped.%n",
          file, line, record);
      return false;
    }
    Optional<SupportedLanguage> language = given;
    JsonNode lang = node.get("lang");
    if (lang != null) {
      try {
        language = Optional.of(language(lang.asText()));
      } catch (IllegalArgumentException e) {
        err.printf(
            "migration-model: %s:%d: record %d: %s Skipped.%n", file, line, record, e.getMessage());
        return false;
      }
    }
    Optional<Activity> primary = primaryActivity(node);
    String id = node.path("id").isTextual() ? node.get("id").asText() : null;
    print(file, record, id, title.asText(), description.asText(""), language, primary);
    return true;
  }

  /** The record's primary activity, when it names a known one; anything else is not judged. */
  private static Optional<Activity> primaryActivity(JsonNode node) {
    JsonNode code = node.path("classification").path("primaryActivity");
    if (!code.isTextual()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Activity.valueOf(code.asText()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private void print(
      String source,
      int record,
      String id,
      String title,
      String description,
      Optional<SupportedLanguage> language,
      Optional<Activity> primary) {
    Suggester suggester = Suggester.standard();
    Suggestions suggestions =
        language.isPresent()
            ? suggester.suggest(title, description, language.get())
            : suggester.suggest(title, description);
    boolean disagrees = primary.isPresent() && suggestions.contradicts(primary.get());
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      out.println(json(source, record, id, suggestions, primary, disagrees));
    } else {
      text(out, source, record, id, title, suggestions, primary, disagrees);
    }
  }

  private void text(
      PrintWriter out,
      String source,
      int record,
      String id,
      String title,
      Suggestions suggestions,
      Optional<Activity> primary,
      boolean disagrees) {
    out.printf(
        "%s #%d%s [%s%s]%s%n",
        source,
        record,
        id == null ? "" : " " + id,
        suggestions.language().tag(),
        suggestions.isConfident() ? "" : ", not confident",
        title.isEmpty() ? "" : " " + title);
    if (disagrees) {
      out.printf(
          "  DISAGREES: filed under %s, which is not among the first %d%n",
          primary.orElseThrow().code(), Suggestions.AGREEING_RANKS);
    }
    int rank = 0;
    for (Suggestion<Activity> suggestion : suggestions.activities()) {
      if (++rank > top) {
        break;
      }
      out.printf(
          Locale.ROOT,
          "  %d. %-34s %6.2f  %s%n",
          rank,
          suggestion.term().code(),
          suggestion.score(),
          String.join(", ", suggestion.evidence()));
    }
    if (suggestions.activities().isEmpty()) {
      out.println("  (no activity: the text names none the suggester knows)");
    }
    if (!suggestions.crossCuttingActivities().isEmpty()) {
      out.println("  cross-cutting: " + codes(suggestions.crossCuttingActivities()));
    }
    if (!suggestions.targetGroups().isEmpty()) {
      out.println("  target groups: " + codes(suggestions.targetGroups()));
    }
  }

  private String json(
      String source,
      int record,
      String id,
      Suggestions suggestions,
      Optional<Activity> primary,
      boolean disagrees) {
    ObjectNode result = mapper.createObjectNode();
    result.put("source", source);
    result.put("record", record);
    if (id != null) {
      result.put("id", id);
    }
    result.put("lang", suggestions.language().tag());
    result.put("confident", suggestions.isConfident());
    primary.ifPresent(activity -> result.put("primaryActivity", activity.code()));
    if (primary.isPresent()) {
      result.put("disagrees", disagrees);
    }
    result.set("suggestions", array(suggestions.activities(), top, "activity"));
    result.set(
        "crossCuttingActivities",
        array(suggestions.crossCuttingActivities(), Integer.MAX_VALUE, "code"));
    result.set("targetGroups", array(suggestions.targetGroups(), Integer.MAX_VALUE, "code"));
    try {
      return mapper.writeValueAsString(result);
    } catch (JsonProcessingException e) {
      // A tree of strings and numbers always serializes; failing here is a defect.
      throw new IllegalStateException(e);
    }
  }

  private ArrayNode array(List<? extends Suggestion<?>> suggestions, int limit, String key) {
    ArrayNode array = mapper.createArrayNode();
    suggestions.stream()
        .limit(limit)
        .forEach(
            suggestion -> {
              ObjectNode entry = array.addObject();
              entry.put(key, suggestion.term().code());
              entry.put(
                  "score",
                  BigDecimal.valueOf(suggestion.score()).setScale(2, RoundingMode.HALF_UP));
              ArrayNode evidence = entry.putArray("evidence");
              suggestion.evidence().forEach(evidence::add);
            });
    return array;
  }

  private static String codes(List<? extends Suggestion<? extends Term>> suggestions) {
    return suggestions.stream().map(s -> s.term().code()).collect(Collectors.joining(", "));
  }

  private static SupportedLanguage language(String tag) {
    for (SupportedLanguage candidate : SupportedLanguage.values()) {
      if (candidate.tag().equalsIgnoreCase(tag)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException(
        "unknown language '" + tag + "'; the suggester reads en, fr and es.");
  }
}
