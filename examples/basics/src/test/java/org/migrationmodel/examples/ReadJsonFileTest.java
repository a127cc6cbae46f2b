package org.migrationmodel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadJsonFileTest {
  @Test
  void printsEachFindingWithItsLineAndTheSummary() throws Exception {
    String output =
        StandardOutput.of(
            () -> ReadJsonFile.main(new String[] {"../data/broken-programmes.ndjson"}));
    assertThat(output)
        .contains("line 10: ERROR allocation-sum at /budget/allocations")
        .contains("line 24: ERROR unknown-code at /classification/primaryActivity")
        .contains(
            "BulkSummary[read=32, valid=10, invalid=22, unreadable=4, complete=true, stoppedAtLine=OptionalInt.empty, linesNotRead=0]");
  }
}
