package org.migrationmodel.service;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migrationmodel.cli.ExchangeRates;
import org.migrationmodel.cli.PortfolioHtml;
import org.migrationmodel.cli.PortfolioTally;
import org.migrationmodel.cli.PortfolioView;
import org.migrationmodel.cli.UnreadRecords;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The headers that keep a browser from sniffing, leaking, framing or running anything the service
 * did not mean: set on every response before the application answers, and again by {@link
 * ContainerProblemReports} on the errors Tomcat answers itself.
 *
 * <p>The page's policy lets it load only its own script, stylesheet and API. The portfolio report
 * in its frame is put there with {@code srcdoc}, and such a frame obeys the page's policy, not the
 * report's own header; so the page's policy also admits the report's one {@code <style>} element,
 * by hash, and inline style attributes, which the report uses for its colours and bars. The report
 * fetched on its own gets a policy that loads nothing and runs nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
final class SecurityHeaders extends OncePerRequestFilter {
  private static final String REPORT_PATH = "/api/v1/report";
  private static final Pattern STYLE_ELEMENT =
      Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);
  private static final String REPORT_STYLES = reportStyleHashes();

  /** The policy of the page, its assets and every answer but the report. */
  static final String PAGE_POLICY =
      "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; "
          + "style-src-elem 'self'"
          + REPORT_STYLES
          + "; style-src-attr 'unsafe-inline'; form-action 'self'; object-src 'none'; "
          + "base-uri 'none'; frame-ancestors 'none'";

  /** The policy of the report as {@code POST /api/v1/report} answers it. */
  static final String REPORT_POLICY =
      "default-src 'none'; style-src-elem"
          + REPORT_STYLES
          + "; style-src-attr 'unsafe-inline'; form-action 'none'; base-uri 'none'; "
          + "frame-ancestors 'none'";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    setOn(request, response);
    chain.doFilter(request, response);
  }

  /**
   * Sets the headers on a response that is not yet committed, replacing any of the same names.
   *
   * @param request the request answered, whose path chooses the policy; not null
   * @param response its response; not null
   */
  static void setOn(HttpServletRequest request, HttpServletResponse response) {
    String contextPath = request.getContextPath() == null ? "" : request.getContextPath();
    boolean report = (contextPath + REPORT_PATH).equals(request.getRequestURI());
    response.setHeader("Content-Security-Policy", report ? REPORT_POLICY : PAGE_POLICY);
    // For browsers older than the policy's frame-ancestors.
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
  }

  // The report's <style> elements are the same whatever it shows, so an empty one has them all.
  private static String reportStyleHashes() {
    StringWriter page = new StringWriter();
    PortfolioHtml.write(
        new PortfolioView(
            new PortfolioTally(), new ExchangeRates("USD", Map.of()), new UnreadRecords()),
        new PrintWriter(page));
    StringBuilder sources = new StringBuilder();
    Matcher style = STYLE_ELEMENT.matcher(page.toString());
    while (style.find()) {
      sources.append(" 'sha256-").append(sha256(style.group(1))).append('\'');
    }
    return sources.toString();
  }

  private static String sha256(String text) {
    try {
      return Base64.getEncoder()
          .encodeToString(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}
