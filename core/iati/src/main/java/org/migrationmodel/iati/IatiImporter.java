package org.migrationmodel.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.migrationmodel.crosswalk.Crosswalk;
import org.migrationmodel.text.TextClassifier;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.Severity;

/**
 * Reads IATI activity files into programmes, streamed with the JDK's StAX so that memory stays flat
 * however large the file: each activity is handed on as soon as it is read.
 *
 * <p>Files as publishers write them are read: IATI 2.01 to 2.03 and 1.0x activities (titles and
 * descriptions as text, named codes), each activity by its own version where d-portal or a
 * datastore gives one, a bare {@code iati-activity} root, IATI's elements under a namespace prefix,
 * and languages in any case. What maps directly is read: identifier, title and description, dates,
 * recipient countries (from the transactions when the activity gives none), budget (revised before
 * original, the finest periods where they overlap, and once for a parent activity and its child, so
 * that nothing is counted twice), currency and implementing partners. The classification is read
 * from the vocabulary-99 sectors and tags this library writes; for other activities it is proposed,
 * with its evidence, from the publisher's own vocabulary (such as IOM's project types), OECD DAC
 * sectors and SDG targets, read backwards through the crosswalk, and from the text through an
 * optional {@link TextClassifier}; none is proposed when the activity does not appear to be about
 * migration. docs/iati.md gives the mapping.
 *
 * <p>Findings on one activity are in its {@link ImportedActivity#findings()}. What the model has no
 * place for is counted over the whole file, one {@link IatiProblem#UNMAPPED} finding per kind in
 * the {@link ImportSummary}, with the count and the first XPath and line.
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
  private static final Set<String> VERSIONS =
      Set.of("1.01", "1.02", "1.03", "1.04", "1.05", "2.01", "2.02", "2.03");

  private final Optional<TextClassifier> classifier;
  private final Crosswalk crosswalk;
  private final ImportLimits limits;

  private IatiImporter(
      Optional<TextClassifier> classifier, Crosswalk crosswalk, ImportLimits limits) {
    this.classifier = classifier;
    this.crosswalk = crosswalk;
    this.limits = limits;
  }

  /**
   * An importer with the {@linkplain Crosswalk#standard() standard crosswalk}, the {@linkplain
   * ImportLimits#standard() standard limits} and no text classifier, which weighs the activities'
   * codes alone.
   *
   * @return the importer, never null
   */
  public static IatiImporter standard() {
    return new IatiImporter(Optional.empty(), Crosswalk.standard(), ImportLimits.standard());
  }

  /**
   * This importer weighing the activities' texts too, for activities this library did not write:
   * whether a text is about migration counts as one more piece of evidence, and the activities it
   * points to add their confidence to the codes' weights. The suggester module's {@code Suggester}
   * is one.
   *
   * @param classifier the classifier; not null
   * @return a new importer, never null
   */
  public IatiImporter withTextClassifier(TextClassifier classifier) {
    return new IatiImporter(Optional.of(checkNotNull(classifier, "classifier")), crosswalk, limits);
  }

  /**
   * This importer reading DAC sectors and SDG targets backwards through another crosswalk.
   *
   * @param crosswalk the crosswalk; not null
   * @return a new importer, never null
   */
  public IatiImporter withCrosswalk(Crosswalk crosswalk) {
    return new IatiImporter(classifier, checkNotNull(crosswalk, "crosswalk"), limits);
  }

  /**
   * This importer with other limits.
   *
   * @param limits the limits; not null
   * @return a new importer, never null
   */
  public IatiImporter withLimits(ImportLimits limits) {
    return new IatiImporter(classifier, crosswalk, checkNotNull(limits, "limits"));
  }

  /**
   * Reads an activities file, handing each activity on as it is read. Bad data never throws: a file
   * that is not well-formed, declares a DTD or exceeds a limit stops the import with a finding in
   * the summary, after the activities read before it.
   *
   * @param in the file's bytes, in the encoding its XML declaration names (UTF-8 by default); not
   *     null, and left open
   * @param sink receives each activity in document order; not null
   * @return how many activities were read, whether the whole file was, and findings on the file:
   *     its version, what the model has no place for, and why reading stopped, last
   * @throws IOException when the stream cannot be read
   */
  public ImportSummary read(InputStream in, Consumer<? super ImportedActivity> sink)
      throws IOException {
    checkNotNull(in, "in");
    checkNotNull(sink, "sink");
    ActivityMapper mapper =
        new ActivityMapper(new Proposer(crosswalk, PublisherVocabularies.standard(), classifier));
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    NotKeptTally notKept = new NotKeptTally();
    long activities = 0;
    XmlCursor cursor = null;
    try {
      cursor = new XmlCursor(in, limits);
      if (!cursor.root()) {
        throw new XmlCursor.Stop(IatiProblem.MALFORMED, 0, "The file holds no element.");
      }
      if (cursor.name().equals(ACTIVITY)) {
        // A single activity as the root, as some tools write it.
        version(cursor, versionOf(cursor), findings);
        read(cursor, "", mapper, notKept, sink, activities);
        activities++;
      } else if (cursor.name().equals(ROOT)) {
        String version = cursor.attribute("version");
        version(cursor, version, findings);
        while (cursor.nextChild()) {
          if (cursor.is(ACTIVITY)) {
            read(cursor, version == null ? "" : version, mapper, notKept, sink, activities);
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
      } else {
        throw new XmlCursor.Stop(
            IatiProblem.MALFORMED,
            cursor.line(),
            "The root element is " + cursor.name() + ", not " + ROOT + " or " + ACTIVITY + ".");
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
      findings.addAll(notKept.findings());
      return new ImportSummary(activities, true, findings.build());
    } catch (XmlCursor.Stop stop) {
      String where = cursor == null || cursor.depth() == 0 ? "/" : cursor.xpath();
      findings.addAll(notKept.findings());
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

  private static void read(
      XmlCursor cursor,
      String fileVersion,
      ActivityMapper mapper,
      NotKeptTally notKept,
      Consumer<? super ImportedActivity> sink,
      long number)
      throws XmlCursor.Stop, IOException {
    ActivityMapper.Mapped mapped = mapper.map(ActivityParser.read(cursor, fileVersion));
    notKept.add(number, mapped.notKept());
    sink.accept(mapped.activity());
  }

  /** A bare activity's version: its own, or the one d-portal gives it. */
  private static String versionOf(XmlCursor cursor) {
    String version = cursor.attribute("version");
    return version != null ? version : cursor.attribute(XmlCursor.DPORTAL_NAMESPACE, "version");
  }

  private static void version(
      XmlCursor cursor, String version, ImmutableList.Builder<Finding> findings) {
    if (version == null || !VERSIONS.contains(version.strip())) {
      findings.add(
          IatiFindings.imported(
              IatiProblem.INVALID_VALUE,
              Severity.WARNING,
              cursor.xpath() + "/@version",
              cursor.line(),
              (version == null
                      ? "The file states no version"
                      : "The file states version " + version + ", which IATI does not know")
                  + "; each activity is read as IATI 2.0x or 1.0x by what it holds."));
    }
  }
}
