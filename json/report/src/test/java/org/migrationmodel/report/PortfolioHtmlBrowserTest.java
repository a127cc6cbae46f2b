package org.migrationmodel.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the HTML report in a real headless browser and looks at the screenshot. Skipped, with a
 * message, on machines without Chromium; {@code .ci/run} installs it so that CI runs this test.
 */
class PortfolioHtmlBrowserTest {

  @Test
  void theReportRendersWithTheFourAreasVisible(@TempDir Path dir)
      throws IOException, InterruptedException {
    Optional<Path> browser = Chromium.find();
    assumeTrue(browser.isPresent(), "No Chromium found (install Debian's chromium); skipped.");

    Path page = dir.resolve("report.html");
    Files.writeString(page, PortfolioHtmlTest.render(), StandardCharsets.UTF_8);
    Path screenshot = Chromium.screenshot(browser.get(), page, dir);
    BufferedImage image = ImageIO.read(screenshot.toFile());

    assertThat(image).as("screenshot").isNotNull();
    assertThat(distinctColours(image)).as("distinct colours in the screenshot").isGreaterThan(20);
    for (String colour : PortfolioHtml.AREA_COLOURS) {
      assertThat(containsColour(image, Integer.parseInt(colour.substring(1), 16)))
          .as("area heading colour %s is visible", colour)
          .isTrue();
    }
  }

  private static int distinctColours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        colours.add(image.getRGB(x, y) & 0xFFFFFF);
      }
    }
    return colours.size();
  }

  // Allows a small difference per channel, for colour management in the browser.
  private static boolean containsColour(BufferedImage image, int rgb) {
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int pixel = image.getRGB(x, y);
        if (near(pixel >> 16, rgb >> 16) && near(pixel >> 8, rgb >> 8) && near(pixel, rgb)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean near(int a, int b) {
    return Math.abs((a & 0xFF) - (b & 0xFF)) <= 4;
  }

  /** Finds and drives a headless Chromium. */
  static final class Chromium {
    private static final List<String> CANDIDATES =
        List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");

    static Optional<Path> find() {
      return CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    static Path screenshot(Path browser, Path page, Path dir)
        throws IOException, InterruptedException {
      Path screenshot = dir.resolve("report.png");
      Process process =
          new ProcessBuilder(
                  browser.toString(),
                  "--headless",
                  "--no-sandbox",
                  "--disable-gpu",
                  "--disable-quic",
                  "--no-first-run",
                  "--disable-background-networking",
                  "--disable-component-update",
                  "--disable-sync",
                  "--hide-scrollbars",
                  "--user-data-dir=" + dir.resolve("profile"),
                  "--window-size=1280,1600",
                  "--screenshot=" + screenshot,
                  page.toUri().toString())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("chromium.log").toFile())
              .start();
      boolean finished = process.waitFor(120, TimeUnit.SECONDS);
      if (!finished) {
        process.destroyForcibly();
      }
      assertThat(finished).as("Chromium finished within two minutes").isTrue();
      assertThat(screenshot)
          .as(
              "screenshot written; Chromium said: %s",
              Files.readString(dir.resolve("chromium.log")))
          .exists();
      return screenshot;
    }
  }
}
