package org.migrationmodel.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.migrationmodel.taxonomy.Catalogue;
import org.migrationmodel.taxonomy.Term;
import org.migrationmodel.taxonomy.Vocabulary;

class CodeReaderTest {

  @Test
  void everyCodeOfEveryVocabularyIsFoundExactlyInACharacterBuffer() {
    for (Vocabulary<?> vocabulary : Catalogue.standard().vocabularies()) {
      assertFoundExactly(vocabulary);
    }
  }

  private static <T extends Enum<T> & Term> void assertFoundExactly(Vocabulary<T> vocabulary) {
    CodeReader<T> codes = CodeReader.of(vocabulary.type());
    for (T term : vocabulary.terms()) {
      // The code sits inside a larger buffer, as it does in a parser's.
      char[] buffer = ("\"" + term.code() + "\",").toCharArray();
      int length = term.code().length();

      assertThat(codes.exact(buffer, 1, length)).isEqualTo(term);
      assertThat(codes.exact(buffer, 1, length - 1)).as("a prefix of %s", term).isNull();
      assertThat(
              codes.exact(term.code().toLowerCase(java.util.Locale.ROOT).toCharArray(), 0, length))
          .isNull();
    }
  }
}
