package org.migrationmodel.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.hash.Hashing;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PortfolioHtmlTest {
  private static final Pattern STYLE_ELEMENT =
      Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);

  static String render() {
    StringWriter html = new StringWriter();
    PortfolioView view =
        new PortfolioView(
            PortfolioFixtures.tally(), new ExchangeRates("USD", Map.of()), new UnreadRecords());
    PortfolioHtml.write(view, new PrintWriter(html, true));
    return html.toString();
  }

  @Test
  void thePageIsSelfContained() {
    String html = render();
    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>" + System.lineSeparator());
    assertThat(html)
        .doesNotContain("<script", "<link", "src=", "http://", "https://", "@import", "url(");
  }

  @Test
  void showsTheFourAreasEachActivityAndWhatWasNotConverted() {
    String html = render();
    assertThat(html)
        .contains("Migration and Development", "Facilitating Migration")
        .contains("Regulating Migration", "Forced Migration")
        .contains("Assisted Return and Reintegration</span><span>50.0% &middot; 1</span>")
        .contains("Not converted, for want of an exchange rate: EUR 2,000,000.")
        .contains("Technical Cooperation &amp; Capacity Building");
    for (String colour : PortfolioHtml.AREA_COLOURS) {
      assertThat(html).contains("background:" + colour);
    }
  }

  @Test
  void everyStyleIsInOneStyleElementWhoseHashIsPublished() {
    String html = render();
    assertThat(html).doesNotContainIgnoringCase("style=");
    Matcher style = STYLE_ELEMENT.matcher(html);
    assertThat(style.find()).isTrue();
    assertThat(PortfolioHtml.styleSha256())
        .isEqualTo(
            Base64.getEncoder()
                .encodeToString(
                    Hashing.sha256().hashString(style.group(1), StandardCharsets.UTF_8).asBytes()));
    assertThat(style.find()).as("a second <style> element").isFalse();
  }

  @Test
  void theLargestActivityHasTheDarkestShadeAndAnUnfundedOneTheLightest() {
    String html = render();
    // The fixtures give Assisted Return and Reintegration the largest share.
    assertThat(html)
        .contains(
            "<div class=\"activity s"
                + PortfolioHtml.SHADES
                + "\"><span>Assisted Return and Reintegration</span>")
        .contains("<div class=\"activity s0 none\"><span>");
    for (int shade = 0; shade <= PortfolioHtml.SHADES; shade++) {
      assertThat(html).contains(".s" + shade + "{background:rgba(var(--area),");
    }
  }
}
