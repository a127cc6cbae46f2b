package org.migrationmodel.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationmodel.validation.Finding;

/**
 * No state is carried from one activity to the next: an activity read after another with many
 * findings, budgets, sectors and countries gives the same programme and findings as read alone.
 * Only a parent or child it names, or an activity with its identifier, may change its budget
 * ({@link CountedOnceTest}).
 */
class ActivityIndependenceTest {

  @Test
  void anActivityReadsTheSameAfterAnotherAsAlone() throws IOException {
    String busy = activity("unicef-years-and-quarters.xml");
    String plain = activity("spain-year-and-months.xml");
    String root =
        "<iati-activities version=\"2.03\""
            + " xmlns:dstore=\"http://d-portal.org/xmlns/dstore\""
            + " xmlns:iati-activities=\"http://d-portal.org/xmlns/iati-activities\">\n";
    ImportedActivity alone = Iati.read(root + plain + "</iati-activities>").activities().get(0);
    List<ImportedActivity> both =
        Iati.read(root + busy + "\n" + plain + "</iati-activities>").activities();
    ImportedActivity after = both.get(1);
    assertThat(both.get(0).findings()).isNotEmpty();
    assertThat(after.programme()).isEqualTo(alone.programme());
    assertThat(after.classificationSource()).isEqualTo(alone.classificationSource());
    assertThat(after.proposals()).hasSameSizeAs(alone.proposals());
    assertThat(after.findings().stream().map(ActivityIndependenceTest::withoutPlace).toList())
        .isEqualTo(alone.findings().stream().map(ActivityIndependenceTest::withoutPlace).toList());
  }

  /** A finding's kind and message with the activity's own position and the lines left out. */
  private static String withoutPlace(Finding finding) {
    return finding.ruleId()
        + " "
        + finding.location().path().replaceFirst("iati-activity\\[\\d+]", "iati-activity")
        + " "
        + finding
            .message()
            .replaceAll("iati-activity\\[\\d+]", "iati-activity")
            .replaceAll("line \\d+", "");
  }

  /** The one {@code iati-activity} element of a test file, as text. */
  private static String activity(String name) throws IOException {
    try (InputStream in = getResource(name)) {
      String file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int start = file.indexOf("<iati-activity ");
      int end = file.lastIndexOf("</iati-activity>") + "</iati-activity>".length();
      return file.substring(start, end);
    }
  }

  private static InputStream getResource(String name) {
    return ActivityIndependenceTest.class.getResourceAsStream("real/" + name);
  }
}
