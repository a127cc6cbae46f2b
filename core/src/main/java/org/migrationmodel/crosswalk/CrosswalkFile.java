package org.migrationmodel.crosswalk;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.Catalogue;
import org.migrationmodel.taxonomy.CrossCuttingActivity;
import org.migrationmodel.taxonomy.PopulationGroup;
import org.migrationmodel.taxonomy.Term;
import org.migrationmodel.taxonomy.Vocabulary;

/**
 * Reads the crosswalk's data file, {@code crosswalk.tsv}, and rejects any line it cannot place, so
 * that a mistake in the mapping fails the first use of the crosswalk rather than a report.
 *
 * <p>Lines are tab-separated; blank lines and lines starting with {@code #} are comments. The first
 * other line is {@code version <catalogue version>}. Each link is {@code <vocabulary> <code>
 * <framework> <target code> <PRIMARY|RELATED> <justification>}; a term outside the GCM is {@code
 * <vocabulary> <code> outside-gcm <reason>}. Vocabularies are {@link Vocabulary#id() ids} and
 * frameworks {@link Framework#id() ids}; codes are written exactly as defined.
 */
final class CrosswalkFile {
  private static final String RESOURCE = "crosswalk.tsv";
  private static final String VERSION = "version";
  private static final String OUTSIDE_GCM = "outside-gcm";
  private static final int LINK_FIELDS = 6;
  private static final int OUTSIDE_GCM_FIELDS = 4;
  private static final ImmutableList<Vocabulary<?>> SOURCE_VOCABULARIES =
      ImmutableList.of(
          Activity.VOCABULARY, CrossCuttingActivity.VOCABULARY, PopulationGroup.VOCABULARY);

  private final String catalogueVersion;
  private final ImmutableList.Builder<Link> links = ImmutableList.builder();
  private final Map<Term, String> outsideGcm = new LinkedHashMap<>();
  private final Set<List<Object>> linkedPairs = new HashSet<>();
  private String version;
  private int lineNumber;

  private CrosswalkFile(String catalogueVersion) {
    this.catalogueVersion = catalogueVersion;
  }

  static Crosswalk load() {
    try (InputStream in = CrosswalkFile.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + RESOURCE);
      }
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      return parse(lines, Catalogue.standard().version());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
  }

  /**
   * Reads the lines of a crosswalk file.
   *
   * @throws IllegalArgumentException naming the line, when a line is malformed, names an unknown
   *     code or repeats a link; when the version is missing or is not the catalogue's; when a term
   *     outside the GCM has a GCM link; or when an activity has not exactly one primary DAC link
   */
  static Crosswalk parse(List<String> lines, String catalogueVersion) {
    CrosswalkFile file = new CrosswalkFile(catalogueVersion);
    for (String line : lines) {
      file.lineNumber++;
      if (!line.isBlank() && !line.startsWith("#")) {
        file.read(line.split("\t", -1));
      }
    }
    return file.build();
  }

  private void read(String[] fields) {
    if (version == null) {
      check(
          fields.length == 2 && fields[0].equals(VERSION),
          "expected \"version\", a tab and the version");
      check(
          fields[1].equals(catalogueVersion),
          "crosswalk version %s is not the catalogue's version %s",
          fields[1],
          catalogueVersion);
      version = fields[1];
      return;
    }
    check(
        fields.length >= 3,
        "expected tab-separated fields, found \"%s\"",
        String.join(" ", fields));
    Term source = source(fields[0], fields[1]);
    if (fields[2].equals(OUTSIDE_GCM)) {
      check(fields.length == OUTSIDE_GCM_FIELDS, "expected %s fields", OUTSIDE_GCM_FIELDS);
      check(outsideGcm.put(source, text(fields[3])) == null, "%s is outside the GCM twice", source);
      return;
    }
    check(fields.length == LINK_FIELDS, "expected %s fields", LINK_FIELDS);
    Target target = target(fields[2], fields[3]);
    Strength strength = strength(fields[4]);
    check(
        linkedPairs.add(List.of(source, target)),
        "%s is linked to %s %s twice",
        source,
        target.framework().id(),
        target.code());
    links.add(Link.of(source, target, strength, text(fields[5])));
  }

  private Crosswalk build() {
    check(version != null, "no version line");
    ImmutableList<Link> all = links.build();
    for (Link link : all) {
      checkArgument(
          !(outsideGcm.containsKey(link.source()) && link.target() instanceof GcmObjective),
          "%s: %s is outside the GCM but linked to GCM objective %s",
          RESOURCE,
          link.source(),
          link.target().code());
    }
    for (Activity activity : Activity.values()) {
      long primaryDacLinks =
          all.stream().filter(link -> link.source() == activity && link.carriesBudget()).count();
      checkArgument(
          primaryDacLinks == 1,
          "%s: activity %s needs exactly one PRIMARY DAC link, has %s",
          RESOURCE,
          activity,
          primaryDacLinks);
    }
    return new Crosswalk(version, all, ImmutableMap.copyOf(outsideGcm));
  }

  private Term source(String vocabularyId, String code) {
    Vocabulary<?> vocabulary =
        find(SOURCE_VOCABULARIES, candidate -> candidate.id().equals(vocabularyId))
            .orElseThrow(() -> error("unknown vocabulary \"%s\"", vocabularyId));
    return find(vocabulary.terms(), term -> term.code().equals(code))
        .orElseThrow(() -> error("unknown %s code \"%s\"", vocabularyId, code));
  }

  private Target target(String frameworkId, String code) {
    Framework framework =
        find(Arrays.asList(Framework.values()), candidate -> candidate.id().equals(frameworkId))
            .orElseThrow(() -> error("unknown framework \"%s\"", frameworkId));
    return framework
        .find(code)
        .orElseThrow(() -> error("unknown %s code \"%s\"", frameworkId, code));
  }

  private Strength strength(String name) {
    return find(Arrays.asList(Strength.values()), strength -> strength.name().equals(name))
        .orElseThrow(() -> error("unknown strength \"%s\"; expected PRIMARY or RELATED", name));
  }

  private String text(String field) {
    check(!field.isBlank(), "the justification or reason is blank");
    return field;
  }

  private static <T> Optional<T> find(List<T> candidates, Predicate<? super T> wanted) {
    return candidates.stream().filter(wanted).findFirst();
  }

  private void check(boolean condition, String message, Object... args) {
    if (!condition) {
      throw error(message, args);
    }
  }

  private IllegalArgumentException error(String message, Object... args) {
    return new IllegalArgumentException(
        RESOURCE + " line " + lineNumber + ": " + String.format(message, args));
  }
}
