package org.migrationmodel.iati;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.Area;
import org.migrationmodel.taxonomy.CrossCuttingActivity;

/**
 * Publishers' own sector vocabularies (IATI vocabularies 98 and 99) mapped to the model, from the
 * table {@code publisher-vocabularies.tsv} beside this class, which names its sources: IOM's
 * project types and areas first. A sector belongs to a known vocabulary when its {@code
 * vocabulary-uri} is the one the table gives, or, without a URI, when its activity's reporting
 * organisation is the vocabulary's publisher. Immutable.
 */
final class PublisherVocabularies {
  private static final String TABLE = "publisher-vocabularies.tsv";
  private static final String DISPLACEMENT = "displacement";
  private static final PublisherVocabularies STANDARD = load();

  /** One vocabulary: whose it is, its number and URI, and its codes. */
  record Vocabulary(
      String publisher, String number, String uri, ImmutableMap<String, Entry> codes) {

    /** How the vocabulary is named in findings, such as {@code XM-DAC-47066's vocabulary 99}. */
    String label() {
      return publisher + "'s sector vocabulary " + number;
    }
  }

  /**
   * One code of a publisher's vocabulary and what it stands for in the model.
   *
   * @param activities the activities any of which fits, the main one first
   * @param crossCutting the cross-cutting activity it stands for
   * @param area the model's area, for an area code
   * @param displacement whether the code says only that the work serves people displaced, as a
   *     humanitarian cluster does, and is evidence of migration as DAC 72010 is, unless the text is
   *     read and says otherwise; a publisher's own project type is evidence whatever the text
   */
  record Entry(
      String code,
      String name,
      ImmutableList<Activity> activities,
      Optional<CrossCuttingActivity> crossCutting,
      Optional<Area> area,
      boolean displacement) {

    /** Whether the code stands for anything that classifies a programme. */
    boolean classifies() {
      return !activities.isEmpty() || crossCutting.isPresent();
    }
  }

  private final ImmutableList<Vocabulary> vocabularies;

  private PublisherVocabularies(ImmutableList<Vocabulary> vocabularies) {
    this.vocabularies = vocabularies;
  }

  /** The table shipped with the library. */
  static PublisherVocabularies standard() {
    return STANDARD;
  }

  /**
   * The known vocabulary a sector belongs to.
   *
   * @param vocabulary the sector's vocabulary number
   * @param uri the sector's {@code vocabulary-uri}
   * @param reportingRef the activity's reporting organisation
   */
  Optional<Vocabulary> find(
      String vocabulary, Optional<String> uri, Optional<String> reportingRef) {
    for (Vocabulary known : vocabularies) {
      if (!known.number().equals(vocabulary)) {
        continue;
      }
      boolean byUri = uri.isPresent() && !known.uri().isEmpty() && sameUri(uri.get(), known.uri());
      boolean byPublisher =
          uri.isEmpty() && reportingRef.isPresent() && reportingRef.get().equals(known.publisher());
      if (byUri || byPublisher) {
        return Optional.of(known);
      }
    }
    return Optional.empty();
  }

  /** Two URIs that differ only in scheme, case or a trailing slash are the same. */
  private static boolean sameUri(String a, String b) {
    return bare(a).equals(bare(b));
  }

  private static String bare(String uri) {
    String bare = uri.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "");
    return bare.endsWith("/") ? bare.substring(0, bare.length() - 1) : bare;
  }

  private static PublisherVocabularies load() {
    Map<String, Map<String, Entry>> codes = new LinkedHashMap<>();
    Map<String, String[]> keys = new LinkedHashMap<>();
    try (InputStream in = PublisherVocabularies.class.getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IllegalStateException(TABLE + " is missing from the library");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells =
            Arrays.copyOf(Splitter.on('\t').splitToList(line).toArray(new String[0]), 9);
        String key = cells[0] + "\t" + cells[1] + "\t" + cells[2];
        keys.putIfAbsent(key, cells);
        codes.computeIfAbsent(key, unused -> new LinkedHashMap<>()).put(cells[3], entry(cells));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ImmutableList.Builder<Vocabulary> vocabularies = ImmutableList.builder();
    keys.forEach(
        (key, cells) ->
            vocabularies.add(
                new Vocabulary(cells[0], cells[1], cells[2], ImmutableMap.copyOf(codes.get(key)))));
    return new PublisherVocabularies(vocabularies.build());
  }

  private static Entry entry(String[] cells) {
    ImmutableList.Builder<Activity> activities = ImmutableList.builder();
    for (String code : Splitter.on(' ').omitEmptyStrings().split(text(cells[5]))) {
      activities.add(Activity.of(code));
    }
    return new Entry(
        cells[3],
        cells[4],
        activities.build(),
        Optional.of(text(cells[6])).filter(code -> !code.isEmpty()).map(CrossCuttingActivity::of),
        Optional.of(text(cells[7])).filter(code -> !code.isEmpty()).map(Area::of),
        evidence(cells));
  }

  private static boolean evidence(String[] cells) {
    String evidence = text(cells[8]);
    if (!evidence.isEmpty() && !evidence.equals(DISPLACEMENT)) {
      throw new IllegalStateException(
          TABLE
              + ": evidence is empty or "
              + DISPLACEMENT
              + ", not "
              + evidence
              + " for "
              + cells[3]);
    }
    return evidence.equals(DISPLACEMENT);
  }

  private static String text(String cell) {
    return cell == null ? "" : cell.strip();
  }
}
