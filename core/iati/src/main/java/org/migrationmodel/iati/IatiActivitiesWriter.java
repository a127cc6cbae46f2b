package org.migrationmodel.iati;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.migrationmodel.crosswalk.Crosswalk;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.validation.Finding;

/**
 * Writes one {@code iati-activities} file, an activity at a time, so that a bulk export is held one
 * programme at a time. Obtain it from {@link IatiExporter#open}; call {@link #finish()} after the
 * last programme. Not thread-safe.
 */
public final class IatiActivitiesWriter implements Closeable {
  private static final String VERSION = "2.03";

  private final Flushable out;
  private final XMLStreamWriter xml;
  private final ActivityXml activities;
  private final String generated;
  private int written;
  private boolean finished;

  IatiActivitiesWriter(
      OutputStream out,
      ReportingOrganisation organisation,
      Crosswalk crosswalk,
      String language,
      Clock clock)
      throws IOException {
    this(out, streamWriter(out), organisation, crosswalk, language, clock);
  }

  IatiActivitiesWriter(
      Writer out,
      ReportingOrganisation organisation,
      Crosswalk crosswalk,
      String language,
      Clock clock)
      throws IOException {
    this(out, streamWriter(out), organisation, crosswalk, language, clock);
  }

  private IatiActivitiesWriter(
      Flushable out,
      XMLStreamWriter xml,
      ReportingOrganisation organisation,
      Crosswalk crosswalk,
      String language,
      Clock clock)
      throws IOException {
    this.out = out;
    this.xml = xml;
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    this.generated =
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(now.truncatedTo(ChronoUnit.SECONDS));
    try {
      IndentingXml indenting = new IndentingXml(xml);
      this.activities =
          new ActivityXml(indenting, organisation, crosswalk, language, now.toLocalDate());
      xml.writeStartDocument("UTF-8", "1.0");
      indenting.start("iati-activities");
      indenting.attribute("version", VERSION);
      indenting.attribute("generated-datetime", generated);
    } catch (XMLStreamException e) {
      throw new IOException("Cannot start the IATI activities file", e);
    }
  }

  private static XMLStreamWriter streamWriter(OutputStream out) throws IOException {
    try {
      return XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
    } catch (XMLStreamException e) {
      throw new IOException("Cannot start the IATI activities file", e);
    }
  }

  private static XMLStreamWriter streamWriter(Writer out) throws IOException {
    try {
      return XMLOutputFactory.newFactory().createXMLStreamWriter(out);
    } catch (XMLStreamException e) {
      throw new IOException("Cannot start the IATI activities file", e);
    }
  }

  /**
   * Writes a programme as an activity, unless it cannot make a valid one.
   *
   * @param programme the programme; not null. Validate it first: the writer checks only what IATI
   *     needs.
   * @return findings: an {@link IatiProblem#NOT_EXPORTED} error when the programme was not written
   *     (see {@link IatiExporter}), otherwise what IATI's validator will question, or what was
   *     assumed to write it; empty when all is well
   * @throws IOException when the stream cannot be written
   * @throws IllegalStateException after {@link #finish()}
   */
  public ImmutableList<Finding> write(Programme programme) throws IOException {
    checkNotNull(programme, "programme");
    checkState(!finished, "The file is finished");
    ImmutableList<Finding> obstacles = ActivityXml.obstacles(programme);
    if (!obstacles.isEmpty()) {
      return obstacles;
    }
    try {
      ImmutableList<Finding> findings = activities.write(programme, generated);
      // Each activity reaches the stream whole, so a reader at the other end can go on.
      xml.flush();
      written++;
      return findings;
    } catch (XMLStreamException e) {
      throw new IOException("Cannot write programme " + programme.id(), e);
    }
  }

  /**
   * How many activities have been written.
   *
   * @return the count
   */
  public int written() {
    return written;
  }

  /**
   * Ends the file and flushes it. IATI requires at least one activity: a file with none is well
   * formed but does not validate.
   *
   * @throws IOException when the stream cannot be written
   */
  public void finish() throws IOException {
    if (finished) {
      return;
    }
    finished = true;
    try {
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
      out.flush();
    } catch (XMLStreamException e) {
      throw new IOException("Cannot end the IATI activities file", e);
    }
  }

  /**
   * Releases the XML writer without closing the stream. A file not {@linkplain #finish() finished}
   * stays unfinished, so that a failed export cannot pass for a complete one.
   *
   * @throws IOException when the writer cannot be released
   */
  @Override
  public void close() throws IOException {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("Cannot close the IATI activities writer", e);
    }
  }
}
