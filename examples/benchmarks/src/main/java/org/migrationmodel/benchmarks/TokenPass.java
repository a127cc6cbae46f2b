package org.migrationmodel.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The floor of the whole-process target of docs/benchmarks.md: a bare Jackson token pass over a
 * file, which calls {@code nextToken()} to the end and reads each value's text, and nothing more.
 * {@code java -cp examples/benchmarks/target/benchmarks.jar org.migrationmodel.benchmarks.TokenPass
 * FILE}; prints the tokens and characters of value text it read, so that no work can be skipped.
 */
public final class TokenPass {
  private TokenPass() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: TokenPass FILE");
      System.exit(2);
    }
    Counts counts;
    try (InputStream in = Files.newInputStream(Path.of(args[0]));
        JsonParser parser = new JsonFactory().createParser(in)) {
      counts = pass(parser);
    }
    System.out.println(
        counts.tokens() + " tokens, " + counts.characters() + " characters of value text");
  }

  /**
   * The tokens a pass read and the characters of value text, so that no work can be skipped.
   *
   * @param tokens the tokens read
   * @param characters the characters of the scalar values' text
   */
  public record Counts(long tokens, long characters) {}

  /**
   * Calls {@code nextToken()} to the end of the parser's input and reads each scalar value's text:
   * the pass that this class times over a file and {@code RecordBenchmarks.jacksonTokens} over a
   * record.
   */
  static Counts pass(JsonParser parser) throws IOException {
    long tokens = 0;
    long characters = 0;
    for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
      tokens++;
      if (token.isScalarValue()) {
        characters += parser.getText().length();
      }
    }
    return new Counts(tokens, characters);
  }
}
