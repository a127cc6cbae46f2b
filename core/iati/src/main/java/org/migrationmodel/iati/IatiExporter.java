package org.migrationmodel.iati;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableListMultimap;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.Clock;
import org.migrationmodel.crosswalk.Crosswalk;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.validation.Finding;

/**
 * Publishes programmes as IATI activities: one {@code iati-activities} file (Standard 2.03) holding
 * one {@code iati-activity} per programme, each passing the XSD and the IATI Validator's rules that
 * apply to it. A programme that cannot make such an activity (no period, a period that ends before
 * it starts, no activity) is not written, with an {@link IatiProblem#NOT_EXPORTED} finding; what
 * the exporter assumes or maps to meet the rules (region 998 for a programme without country, equal
 * sector shares for several activities without allocations, characters IATI flags in an id) comes
 * with a finding on that programme alone. docs/iati.md gives the mapping element by element.
 *
 * <pre>{@code
 * IatiExporter exporter = IatiExporter.of(ReportingOrganisation.iom());
 * try (OutputStream out = Files.newOutputStream(path)) {
 *   ExportSummary summary = exporter.exportAll(SampleProgrammes.all(), out);
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; the writers they open are not.
 */
public final class IatiExporter {
  private final ReportingOrganisation organisation;
  private final Crosswalk crosswalk;
  private final Clock clock;
  private final String language;

  private IatiExporter(
      ReportingOrganisation organisation, Crosswalk crosswalk, Clock clock, String language) {
    this.organisation = organisation;
    this.crosswalk = crosswalk;
    this.clock = clock;
    this.language = language;
  }

  /**
   * An exporter for a reporting organisation, with texts in English, the {@linkplain
   * Crosswalk#standard() standard crosswalk} and the system clock.
   *
   * @param organisation the organisation whose identifier begins every activity identifier; not
   *     null
   * @return the exporter, never null
   */
  public static IatiExporter of(ReportingOrganisation organisation) {
    return new IatiExporter(
        checkNotNull(organisation, "organisation"), Crosswalk.standard(), Clock.systemUTC(), "en");
  }

  /**
   * This exporter deriving DAC sectors and SDG targets through another crosswalk.
   *
   * @param crosswalk the crosswalk; not null
   * @return a new exporter, never null
   */
  public IatiExporter withCrosswalk(Crosswalk crosswalk) {
    return new IatiExporter(organisation, checkNotNull(crosswalk, "crosswalk"), clock, language);
  }

  /**
   * This exporter with another clock, which dates the file and the activities and decides each
   * activity's status from its period; fix it for reproducible files.
   *
   * @param clock the clock; not null
   * @return a new exporter, never null
   */
  public IatiExporter withClock(Clock clock) {
    return new IatiExporter(organisation, crosswalk, checkNotNull(clock, "clock"), language);
  }

  /**
   * This exporter declaring another default language for the programmes' titles and descriptions.
   *
   * @param language an ISO 639-1 code, such as {@code fr}; not blank
   * @return a new exporter, never null
   */
  public IatiExporter withLanguage(String language) {
    checkArgument(!checkNotNull(language, "language").isBlank(), "The language is blank");
    return new IatiExporter(organisation, crosswalk, clock, language);
  }

  /**
   * Starts an activities file: writes its root element, ready for the activities.
   *
   * @param out where the UTF-8 XML goes; not null. Closing the writer does not close it.
   * @return the writer, never null
   * @throws IOException when the stream cannot be written
   */
  public IatiActivitiesWriter open(OutputStream out) throws IOException {
    return new IatiActivitiesWriter(
        checkNotNull(out, "out"), organisation, crosswalk, language, clock);
  }

  /**
   * Starts an activities file on a character stream, such as a command line's standard output. The
   * XML declaration says UTF-8: a writer that encodes to bytes should encode as UTF-8.
   *
   * @param out where the XML goes; not null. Closing the writer does not close it.
   * @return the writer, never null
   * @throws IOException when the stream cannot be written
   */
  public IatiActivitiesWriter open(Writer out) throws IOException {
    return new IatiActivitiesWriter(
        checkNotNull(out, "out"), organisation, crosswalk, language, clock);
  }

  /**
   * Writes a whole activities file.
   *
   * @param programmes the programmes, in the order wanted; not null
   * @param out where the UTF-8 XML goes; not null, and left open
   * @return how many activities were written and the findings on each programme
   * @throws IOException when the stream cannot be written
   */
  public ExportSummary exportAll(Iterable<? extends Programme> programmes, OutputStream out)
      throws IOException {
    ImmutableListMultimap.Builder<String, Finding> findings = ImmutableListMultimap.builder();
    try (IatiActivitiesWriter writer = open(out)) {
      for (Programme programme : programmes) {
        findings.putAll(programme.id(), writer.write(programme));
      }
      writer.finish();
      return new ExportSummary(writer.written(), findings.build());
    }
  }
}
