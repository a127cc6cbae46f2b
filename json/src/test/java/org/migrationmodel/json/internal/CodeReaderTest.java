package org.migrationmodel.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.migrationmodel.taxonomy.Catalogue;
import org.migrationmodel.taxonomy.Term;
import org.migrationmodel.taxonomy.Vocabulary;

class CodeReaderTest {
  private static final CodeReader.Problems NONE_EXPECTED =
      (message, suggestions) -> {
        throw new AssertionError(message);
      };

  @Test
  void theReaderOfEachVocabularyReadsItsCodesFromBuffersAndStrings() throws IOException {
    for (Vocabulary<?> vocabulary : Catalogue.standard().vocabularies()) {
      assertReadsItsCodes(vocabulary);
    }
  }

  private static <T extends Enum<T> & Term> void assertReadsItsCodes(Vocabulary<T> vocabulary)
      throws IOException {
    CodeReader<T> codes = CodeReader.of(vocabulary.type());
    for (T term : vocabulary.terms()) {
      char[] buffer = term.code().toCharArray();

      assertThat(codes.exact(buffer, 0, buffer.length)).isEqualTo(term);
      assertThat(codes.resolve(term.code(), /* lenient= */ false, NONE_EXPECTED)).isEqualTo(term);
    }
  }
}
