package org.migrationmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

  @Test
  void onATerminalShowsTheCountEveryFiveThousandRecordsAndClearsTheLine() {
    StringWriter err = new StringWriter();
    Progress progress = new Progress(new PrintWriter(err), true);
    for (long records = 1; records <= 12_000; records++) {
      progress.update(records);
    }
    progress.clear();
    assertThat(err.toString())
        .isEqualTo("\r5000 programmes read...\r10000 programmes read...\r\033[K");
  }

  @Test
  void elsewhereStaysSilent() {
    StringWriter err = new StringWriter();
    Progress progress = new Progress(new PrintWriter(err), false);
    for (long records = 1; records <= 12_000; records++) {
      progress.update(records);
    }
    progress.clear();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void shortRunsLeaveNothingToClear() {
    StringWriter err = new StringWriter();
    Progress progress = new Progress(new PrintWriter(err), true);
    progress.update(42);
    progress.clear();
    assertThat(err.toString()).isEmpty();
  }
}
