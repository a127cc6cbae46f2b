package org.migrationmodel.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Consumer;
import org.migrationmodel.crosswalk.Crosswalk;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.Severity;

/**
 * Reads IATI activity files (Standard 2.03) into programmes, streamed with the JDK's StAX so that
 * memory stays flat however large the file: each activity is handed on as soon as it is read.
 *
 * <p>What maps directly is read: identifier, title and description, dates, recipient countries,
 * budget and currency, implementing partners. The classification is read from the vocabulary-99
 * sectors and tags this library writes; for other activities it is proposed from the DAC sectors,
 * read backwards through the crosswalk, and from the text through an optional {@link
 * TextClassifier}, and marked as proposed. Whatever has no place in a programme is reported as an
 * {@link Finding} with the element's XPath and line. docs/iati.md gives the mapping.
 *
 * <p>Hostile input is refused cleanly: DTDs and entities are never processed, and the {@link
 * ImportLimits} bound nesting, activity size and file size. Instances are immutable and thread-safe
 * when their text classifier is.
 *
 * <pre>{@code
 * try (InputStream in = Files.newInputStream(path)) {
 *   ImportSummary summary = IatiImporter.standard().read(in, activity -> {
 *     Programme programme = activity.programme();
 *     activity.findings().forEach(System.err::println);
 *   });
 * }
 * }</pre>
 */
public final class IatiImporter {
  private static final String ROOT = "iati-activities";
  private static final String ACTIVITY = "iati-activity";
  private static final String VERSION = "2.03";

  private final Optional<TextClassifier> classifier;
  private final ImportLimits limits;

  private IatiImporter(Optional<TextClassifier> classifier, ImportLimits limits) {
    this.classifier = classifier;
    this.limits = limits;
  }

  /**
   * An importer with the {@linkplain ImportLimits#standard() standard limits} and no text
   * classifier, which proposes activities from DAC sectors alone.
   *
   * @return the importer, never null
   */
  public static IatiImporter standard() {
    return new IatiImporter(Optional.empty(), ImportLimits.standard());
  }

  /**
   * This importer proposing activities from text too, for activities this library did not write.
   *
   * @param classifier the classifier; not null
   * @return a new importer, never null
   */
  public IatiImporter withTextClassifier(TextClassifier classifier) {
    return new IatiImporter(Optional.of(checkNotNull(classifier, "classifier")), limits);
  }

  /**
   * This importer with other limits.
   *
   * @param limits the limits; not null
   * @return a new importer, never null
   */
  public IatiImporter withLimits(ImportLimits limits) {
    return new IatiImporter(classifier, checkNotNull(limits, "limits"));
  }

  /**
   * Reads an activities file, handing each activity on as it is read. Bad data never throws: a file
   * that is not well-formed, declares a DTD or exceeds a limit stops the import with a finding in
   * the summary, after the activities read before it.
   *
   * @param in the file's bytes, in the encoding its XML declaration names (UTF-8 by default); not
   *     null, and left open
   * @param sink receives each activity in document order; not null
   * @return how many activities were read, whether the whole file was, and findings on the file
   * @throws IOException when the stream cannot be read
   */
  public ImportSummary read(InputStream in, Consumer<? super ImportedActivity> sink)
      throws IOException {
    checkNotNull(in, "in");
    checkNotNull(sink, "sink");
    Proposer proposer = new Proposer(Crosswalk.standard(), classifier);
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    long activities = 0;
    XmlCursor cursor = null;
    try {
      cursor = new XmlCursor(in, limits);
      if (!cursor.root()) {
        throw new XmlCursor.Stop(IatiProblem.MALFORMED, 0, "The file holds no element.");
      }
      if (!cursor.name().equals(ROOT) || !cursor.namespace().isEmpty()) {
        throw new XmlCursor.Stop(
            IatiProblem.MALFORMED,
            cursor.line(),
            "The root element is " + cursor.name() + ", not " + ROOT + ".");
      }
      version(cursor, findings);
      while (cursor.nextChild()) {
        if (cursor.name().equals(ACTIVITY) && cursor.namespace().isEmpty()) {
          sink.accept(ActivityReader.read(cursor, proposer));
          activities++;
        } else {
          findings.add(
              IatiFindings.imported(
                  IatiProblem.UNMAPPED,
                  Severity.INFO,
                  cursor.xpath(),
                  cursor.line(),
                  "The element " + cursor.name() + " is not an activity; it is not kept."));
          cursor.skip();
        }
      }
      if (activities == 0) {
        findings.add(
            IatiFindings.imported(
                IatiProblem.MISSING,
                Severity.WARNING,
                "/" + ROOT,
                0,
                "The file holds no activity."));
      }
      return new ImportSummary(activities, true, findings.build());
    } catch (XmlCursor.Stop stop) {
      String where = cursor == null || cursor.depth() == 0 ? "/" : cursor.xpath();
      findings.add(
          IatiFindings.imported(
              stop.problem(),
              Severity.ERROR,
              where,
              stop.line(),
              stop.getMessage() + " Reading stopped after " + activities + " activities."));
      return new ImportSummary(activities, false, findings.build());
    }
  }

  private static void version(XmlCursor cursor, ImmutableList.Builder<Finding> findings) {
    String version = cursor.attribute("version");
    if (!VERSION.equals(version)) {
      findings.add(
          IatiFindings.imported(
              IatiProblem.INVALID_VALUE,
              Severity.WARNING,
              "/" + ROOT + "/@version",
              cursor.line(),
              (version == null
                      ? "The file states no version"
                      : "The file states version " + version)
                  + "; it is read as IATI "
                  + VERSION
                  + "."));
    }
  }
}
