package org.migrationmodel.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Matcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The page in a real headless Chromium, driven by Selenium against the service on a loopback port.
 * Skipped, with a message, where Debian's {@code chromium} or {@code chromium-driver} is missing;
 * {@code .ci/run} installs both. Leaves a screenshot at {@code target/service.png}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ValidationPageBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Duration PATIENCE = Duration.ofSeconds(90);

  @LocalServerPort private int port;

  @TempDir private Path profiles;

  private ChromeDriver browser;

  @BeforeEach
  void requireChromium() {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "No Chromium or chromedriver (install Debian's chromium and chromium-driver); skipped.");
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      quitAndCheckThePolicyHeld();
    }
  }

  @Test
  void anUploadedFileShowsTheCommandLineToolsCountsFindingsAndReport() throws Exception {
    browser = start("en");
    browser.get(page());
    browser.findElement(By.id("file")).sendKeys(Samples.BROKEN.toString());
    validate();

    JsonNode cli =
        new ObjectMapper().readTree(Samples.cliJson(Samples.bytes(Samples.BROKEN), false));
    JsonNode summary = cli.get("summary");
    for (String count : List.of("programmes", "valid", "invalid", "errors", "warnings")) {
      assertThat(text("count-" + count)).as(count).isEqualTo(summary.get(count).asText());
    }
    List<WebElement> records = browser.findElements(By.cssSelector("#findings section.record"));
    assertThat(records).hasSize(cli.get("records").size());
    JsonNode first = cli.get("records").get(0);
    WebElement firstRecord = records.get(0);
    assertThat(firstRecord.findElement(By.cssSelector("h3")).getText())
        .startsWith(first.get("id").asText());
    List<WebElement> rows = firstRecord.findElements(By.cssSelector("tr.finding"));
    assertThat(rows).hasSize(first.get("findings").size());
    JsonNode finding = first.get("findings").get(0);
    WebElement row = rows.get(0);
    assertThat(row.findElement(By.cssSelector("td.rule a")).getText())
        .isEqualTo(finding.get("ruleId").asText());
    assertThat(row.findElement(By.cssSelector("td.rule a")).getDomProperty("href"))
        .isEqualTo(page() + "api/v1/rules/" + finding.get("ruleId").asText());
    assertThat(row.findElement(By.cssSelector("td.pointer")).getText())
        .isEqualTo(finding.get("pointer").asText());
    // Validation rules' findings carry no line of their own; the record's line is in the heading.
    assertThat(row.findElement(By.cssSelector("td.line")).getText())
        .isEqualTo(finding.has("line") ? finding.get("line").asText() : "");
    assertThat(row.findElement(By.cssSelector("td.message")).getText())
        .isEqualTo(finding.get("message").asText());

    Files.write(Path.of("target/service.png"), browser.getScreenshotAs(OutputType.BYTES));

    browser.switchTo().frame(browser.findElement(By.id("report")));
    long readable = summary.get("programmes").asLong() - unreadable(cli);
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Migration portfolio: " + readable + " programmes");
    assertThat(browser.findElements(By.cssSelector("section.area"))).hasSize(4);
    // The report's style element and attributes apply under the page's policy, which the frame
    // inherits.
    assertThat(browser.findElement(By.cssSelector(".grid")).getCssValue("display"))
        .isEqualTo("grid");
    assertThat(browser.findElement(By.cssSelector("section.area")).getCssValue("border-top-color"))
        .isEqualTo("rgba(27, 122, 62, 1)");
  }

  @Test
  void whatTheUserSentIsShownAsTextNeverRunAsHtml() {
    String hostile = "<script>window.injected=1</script><img src=x onerror=\"window.injected=2\">";
    String document =
        Samples.cleanDocument(9)
            .replaceFirst(
                "\"id\":\"[^\"]*\"",
                Matcher.quoteReplacement("\"id\":\"" + hostile.replace("\"", "\\\"") + "\""))
            .replaceFirst("\"title\":\"[^\"]*\"", "\"title\":\"<script>alert(1)</script>\"")
            .replaceFirst("\"currency\":\"[A-Z]{3}\"", "\"currency\":\"<b>X</b>\"");
    browser = start("en");
    browser.get(page());
    ((JavascriptExecutor) browser)
        .executeScript("document.getElementById('json').value = arguments[0];", document);
    validate();

    WebElement heading = browser.findElement(By.cssSelector("#findings section.record h3"));
    assertThat(heading.getText()).startsWith(hostile);
    assertThat(browser.findElements(By.cssSelector("#findings script, #findings img, #findings b")))
        .isEmpty();
    assertThat(
            browser.findElements(By.cssSelector("#findings td.message")).stream()
                .map(WebElement::getText))
        .anyMatch(message -> message.contains("<b>X</b>"));
    assertThat(((JavascriptExecutor) browser).executeScript("return window.injected === undefined"))
        .isEqualTo(true);
  }

  @Test
  void theLabelsFollowTheBrowsersLanguage() {
    browser = start("fr");
    browser.get(page());
    assertThat(browser.findElement(By.id("validate")).getText()).isEqualTo("Valider");
    assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fr");
    quitAndCheckThePolicyHeld();

    browser = start("es");
    browser.get(page());
    assertThat(browser.findElement(By.id("validate")).getText()).isEqualTo("Validar");
  }

  private String page() {
    return "http://127.0.0.1:" + port + "/";
  }

  private void validate() {
    browser.findElement(By.id("validate")).click();
    new WebDriverWait(browser, PATIENCE)
        .until(
            ExpectedConditions.or(
                ExpectedConditions.attributeToBe(By.tagName("body"), "data-state", "done"),
                ExpectedConditions.attributeToBe(By.tagName("body"), "data-state", "failed")));
    assertThat(browser.findElement(By.tagName("body")).getDomAttribute("data-state"))
        .as("page state; status says: %s", text("status"))
        .isEqualTo("done");
    // The report is parsed after the page says it is done; wait for it, so that a policy it
    // breaks is in the log when the browser quits.
    new WebDriverWait(browser, PATIENCE)
        .until(ExpectedConditions.frameToBeAvailableAndSwitchToIt("report"));
    new WebDriverWait(browser, PATIENCE)
        .until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    browser.switchTo().defaultContent();
  }

  // Chromium logs every Content-Security-Policy violation, the report frame's too, to the console;
  // a page that needed an inline script, eval or another site would show one here.
  private void quitAndCheckThePolicyHeld() {
    List<String> violations;
    try {
      violations =
          browser.manage().logs().get(LogType.BROWSER).getAll().stream()
              .map(LogEntry::getMessage)
              .filter(message -> message.contains("Content Security Policy"))
              .toList();
    } finally {
      browser.quit();
      browser = null;
    }
    assertThat(violations).as("Content-Security-Policy violations").isEmpty();
  }

  private String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  // Records the reader could not turn into a programme, which the report leaves out: the tool's
  // output gives an id for every record it read a programme from.
  private static long unreadable(JsonNode cli) {
    long count = 0;
    for (JsonNode record : cli.get("records")) {
      if (!record.has("id")) {
        count++;
      }
    }
    return count;
  }

  private ChromeDriver start(String language) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        // The sandboxed report frame in the page's process, so that its console, where a policy
        // violation in it is logged, is in the log read at the end; the policy is the same.
        "--disable-features=IsolateSandboxedIframes",
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        "--window-size=1280,1400",
        "--lang=" + language,
        "--user-data-dir=" + profiles.resolve(language + System.nanoTime()));
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .build();
    return new ChromeDriver(service, options);
  }
}
