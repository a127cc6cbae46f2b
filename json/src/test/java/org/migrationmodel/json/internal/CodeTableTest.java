package org.migrationmodel.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.migrationmodel.taxonomy.Area;
import org.migrationmodel.taxonomy.Catalogue;
import org.migrationmodel.taxonomy.Term;
import org.migrationmodel.taxonomy.Vocabulary;

/** The hash table that finds a term by its exact code in a parser's character buffer. */
class CodeTableTest {

  @Test
  void aTableOfEachVocabularyFindsEveryCodeExactlyAndNothingElse() {
    for (Vocabulary<?> vocabulary : Catalogue.standard().vocabularies()) {
      assertFindsExactly(vocabulary.terms());
    }
  }

  @Test
  void aTableOfOneTermFindsIt() {
    assertFindsExactly(List.of(Area.FORCED_MIGRATION));
  }

  @Test
  void anEmptyTableFindsNothing() {
    char[] code = "FORCED_MIGRATION".toCharArray();

    assertThat(new CodeTable<Area>(List.of()).find(code, 0, code.length)).isNull();
  }

  private static void assertFindsExactly(List<? extends Term> terms) {
    CodeTable<Term> table = new CodeTable<>(List.<Term>copyOf(terms));
    for (Term term : terms) {
      // The code sits inside a larger buffer, as it does in a parser's.
      char[] buffer = ("\"" + term.code() + "\",").toCharArray();
      int length = term.code().length();

      assertThat(table.find(buffer, 1, length)).isEqualTo(term);
      assertThat(table.find(buffer, 1, length - 1)).as("a prefix of %s", term).isNull();
      assertThat(table.find(term.code().toLowerCase(Locale.ROOT).toCharArray(), 0, length))
          .isNull();
    }
  }
}
