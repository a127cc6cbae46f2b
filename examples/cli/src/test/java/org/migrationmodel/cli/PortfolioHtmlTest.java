package org.migrationmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortfolioHtmlTest {

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
}
