package org.migrationmodel.suggester;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.CrossCuttingActivity;
import org.migrationmodel.taxonomy.PopulationGroup;
import org.migrationmodel.taxonomy.SupportedLanguage;
import org.migrationmodel.taxonomy.Term;

/**
 * The suggester's knowledge, read from {@code terms.txt}: for each language and each kind of term
 * (activities, cross-cutting activities, target groups), the phrases that point to each term, as
 * stem sequences with their weights, indexed by first stem for matching; and, in the file's {@code
 * [Migration]} section, the phrases that say a text is about migration at all.
 *
 * <p>A phrase's weight for a term is {@code tier × (1 + 0.5 × (words − 1)) / shared}: the tier (1
 * to 3) the file gives it, a bonus for each word beyond the first, divided by the number of terms
 * of the same kind that list the same phrase in that language; an activity's phrase that also names
 * a target group (a population, such as "refugees") weighs half that. A migration phrase weighs its
 * tier. A phrase of {@code [Other senses]} weighs nothing, in every index.
 */
final class Knowledge {
  static final String RESOURCE = "terms.txt";

  /** The section of phrases that say a text is about migration, which name no term. */
  static final String MIGRATION_SECTION = "[Migration]";

  /**
   * The section naming the agencies whose mandate is migration or displacement: their phrases weigh
   * as tier 3 in the migration index and, unlike the others, a single mention of one is enough.
   */
  static final String AGENCIES_SECTION = "[Agencies]";

  /**
   * The section of phrases in which a word of migration, or of a term, means something else
   * ("migratory birds", "data migration", "drug trafficking"): tier 0, they are in every index with
   * no term, weigh nothing, and keep any other phrase from being found over their words. Each
   * matches only as written, with no word between two words written together.
   */
  static final String OTHER_SENSES_SECTION = "[Other senses]";

  /**
   * The section of the humanitarian response's phrases (emergency shelter, relief items, water and
   * sanitation, humanitarian assistance): they say how displaced people are helped, not who they
   * are, so they point to the activity of the people the text names, {@link
   * Activity#ASYLUM_AND_REFUGEES} or {@link Activity#INTERNALLY_DISPLACED_PERSONS}.
   */
  static final String RESPONSE_SECTION = "[Response]";

  /** How the parser marks an agency phrase among the migration phrases' tiers. */
  private static final int AGENCY = 4;

  private static final Splitter PHRASES = Splitter.on(';').trimResults().omitEmptyStrings();

  /** The catalogue version the file was written for. */
  final String catalogueVersion;

  private final Map<SupportedLanguage, Map<Kind, PhraseIndex>> indexes;
  private final Map<SupportedLanguage, PhraseIndex> activitiesServingRefugees;

  private Knowledge(
      String catalogueVersion,
      Map<SupportedLanguage, Map<Kind, PhraseIndex>> idx,
      Map<SupportedLanguage, PhraseIndex> activitiesServingRefugees) {
    this.catalogueVersion = catalogueVersion;
    this.indexes = idx;
    this.activitiesServingRefugees = activitiesServingRefugees;
  }

  /**
   * The index of one kind of term in one language. The activities' index gives the humanitarian
   * response's phrases to internally displaced persons, the people such a response mostly serves.
   */
  PhraseIndex index(SupportedLanguage language, Kind kind) {
    return indexes.get(language).get(kind);
  }

  /**
   * The activities' index for a text about refugees or asylum seekers: the humanitarian response's
   * phrases point to asylum and refugees.
   */
  PhraseIndex activitiesServingRefugees(SupportedLanguage language) {
    return activitiesServingRefugees.get(language);
  }

  /** Reads the knowledge shipped in this module. */
  static Knowledge standard(TextAnalysis analysis) {
    InputStream in = Knowledge.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("The suggester's " + RESOURCE + " is missing from its jar");
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return read(reader.lines().collect(ImmutableList.toImmutableList()), analysis);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses the lines of a knowledge file.
   *
   * @throws IllegalArgumentException naming the line when a line is malformed
   */
  static Knowledge read(List<String> lines, TextAnalysis analysis) {
    String version = null;
    Term current = null;
    boolean inSection = false;
    boolean agencies = false;
    boolean response = false;
    boolean otherSenses = false;
    // language -> kind -> stem key -> (term, or none for migration phrases -> best tier)
    Map<SupportedLanguage, Map<Kind, Map<String, Map<Optional<Term>, Integer>>>> raw =
        new EnumMap<>(SupportedLanguage.class);
    // language -> stem key -> for each stem, whether the phrase as written has no word before it
    Map<SupportedLanguage, Map<String, boolean[]>> compounds =
        new EnumMap<>(SupportedLanguage.class);
    // language -> stem key of a phrase that names an activity -> 3
    Map<SupportedLanguage, Map<String, Integer>> namingActivities =
        new EnumMap<>(SupportedLanguage.class);
    // language -> stem key of a phrase of the humanitarian response -> tier
    Map<SupportedLanguage, Map<String, Integer>> responses = new EnumMap<>(SupportedLanguage.class);
    // language -> stem key of a phrase of another sense -> its line
    Map<SupportedLanguage, Map<String, Integer>> others = new EnumMap<>(SupportedLanguage.class);
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n).strip();
      int lineNumber = n + 1;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("catalogue=")) {
        version = line.substring("catalogue=".length()).strip();
      } else if (line.equals(MIGRATION_SECTION)
          || line.equals(AGENCIES_SECTION)
          || line.equals(RESPONSE_SECTION)
          || line.equals(OTHER_SENSES_SECTION)) {
        current = null;
        inSection = true;
        agencies = line.equals(AGENCIES_SECTION);
        response = line.equals(RESPONSE_SECTION);
        otherSenses = line.equals(OTHER_SENSES_SECTION);
      } else if (line.startsWith("[") && line.endsWith("]")) {
        current = term(line.substring(1, line.length() - 1), lineNumber);
        inSection = true;
        agencies = false;
        response = false;
        otherSenses = false;
      } else {
        checkArgument(inSection, "%s line %s: phrases before a [term]", RESOURCE, lineNumber);
        int colon = line.indexOf(':');
        List<String> head =
            colon < 0 ? List.of() : Splitter.on(' ').splitToList(line.substring(0, colon));
        checkArgument(
            head.size() == 2 && head.get(1).matches(otherSenses ? "0" : "[123]"),
            otherSenses
                ? "%s line %s: expected '<language> 0: phrase; phrase' among the other senses"
                : "%s line %s: expected '<language> <tier 1-3>: phrase; phrase'",
            RESOURCE,
            lineNumber);
        SupportedLanguage language = language(head.get(0), lineNumber);
        int tier = Integer.parseInt(head.get(1));
        for (String phrase : PHRASES.split(line.substring(colon + 1))) {
          TextAnalysis.AnalysedText analysed = analysis.analyse(phrase, language);
          String[] stems = analysed.stems;
          checkArgument(
              stems.length > 0,
              "%s line %s: \"%s\" has only stop words",
              RESOURCE,
              lineNumber,
              phrase);
          // Stop words can leave one common word of a longer phrase: Spanish "fuera del país"
          // would be every "país". The file must say what is matched.
          checkArgument(
              stems.length > 1 || !phrase.contains(" "),
              "%s line %s: \"%s\" comes down to the one word \"%s\" once stop words are left out",
              RESOURCE,
              lineNumber,
              phrase,
              stems[0]);
          Optional<Term> term = Optional.ofNullable(current);
          Map<Kind, Map<String, Map<Optional<Term>, Integer>>> byKind =
              raw.computeIfAbsent(language, l -> new EnumMap<>(Kind.class));
          String key = String.join(" ", stems);
          boolean[] compound = new boolean[stems.length];
          for (int k = 1; k < stems.length; k++) {
            compound[k] = analysed.adjacent(k);
          }
          // Phrases written differently may share their stems ("cross-border", "cross border");
          // they make a compound only where every way of writing them does.
          compounds
              .computeIfAbsent(language, l -> new HashMap<>())
              .merge(key, compound, Knowledge::both);
          if (response) {
            responses
                .computeIfAbsent(language, l -> new LinkedHashMap<>())
                .merge(key, tier, Math::max);
            continue;
          }
          if (otherSenses) {
            others.computeIfAbsent(language, l -> new LinkedHashMap<>()).put(key, lineNumber);
            continue;
          }
          byKind
              .computeIfAbsent(Kind.of(term), k -> new LinkedHashMap<>())
              .computeIfAbsent(key, k -> new LinkedHashMap<>())
              .merge(term, agencies ? AGENCY : tier, Math::max);
          if (tier == 3 && current instanceof Activity) {
            namingActivities.computeIfAbsent(language, l -> new LinkedHashMap<>()).put(key, tier);
          }
        }
      }
    }
    checkArgument(version != null, "%s has no catalogue= line", RESOURCE);
    // A phrase that names an activity of the model names migration management too, unless the
    // migration section gives it another tier: "trafficking" names counter-trafficking, yet alone
    // it may be trafficking in drugs.
    namingActivities.forEach(
        (language, phrases) -> {
          Map<String, Map<Optional<Term>, Integer>> migration =
              raw.computeIfAbsent(language, l -> new EnumMap<>(Kind.class))
                  .computeIfAbsent(Kind.MIGRATION, k -> new LinkedHashMap<>());
          phrases.forEach(
              (key, tier) ->
                  migration.putIfAbsent(key, new LinkedHashMap<>(Map.of(Optional.empty(), tier))));
        });
    // A phrase of another sense is in every index, with no term: wherever it matches, no phrase of
    // any kind is found over its words.
    others.forEach(
        (language, keys) -> {
          Map<Kind, Map<String, Map<Optional<Term>, Integer>>> ofLanguage =
              raw.computeIfAbsent(language, l -> new EnumMap<>(Kind.class));
          keys.forEach(
              (key, lineNumber) -> {
                checkArgument(
                    ofLanguage.values().stream().noneMatch(phrases -> phrases.containsKey(key))
                        && !responses.getOrDefault(language, Map.of()).containsKey(key),
                    "%s line %s: \"%s\" is both a phrase of another sense and one of migration"
                        + " or of a term",
                    RESOURCE,
                    lineNumber,
                    key);
                for (Kind kind : Kind.values()) {
                  ofLanguage
                      .computeIfAbsent(kind, k -> new LinkedHashMap<>())
                      .put(key, new LinkedHashMap<>(Map.of(Optional.empty(), 0)));
                }
              });
        });
    Map<SupportedLanguage, Map<Kind, PhraseIndex>> indexes = new EnumMap<>(SupportedLanguage.class);
    Map<SupportedLanguage, PhraseIndex> servingRefugees = new EnumMap<>(SupportedLanguage.class);
    for (SupportedLanguage language : SupportedLanguage.values()) {
      Map<Kind, Map<String, Map<Optional<Term>, Integer>>> ofLanguage =
          raw.getOrDefault(language, Map.of());
      Map<String, boolean[]> compoundsOfLanguage = compounds.getOrDefault(language, Map.of());
      Map<String, Integer> responsesOfLanguage = responses.getOrDefault(language, Map.of());
      Set<String> populations = ofLanguage.getOrDefault(Kind.TARGET_GROUP, Map.of()).keySet();
      Map<Kind, PhraseIndex> byKind = new EnumMap<>(Kind.class);
      for (Kind kind : Kind.values()) {
        Map<String, Map<Optional<Term>, Integer>> phrases = ofLanguage.getOrDefault(kind, Map.of());
        byKind.put(
            kind,
            kind == Kind.ACTIVITY
                ? PhraseIndex.of(
                    serving(phrases, responsesOfLanguage, Activity.INTERNALLY_DISPLACED_PERSONS),
                    populations,
                    compoundsOfLanguage)
                : PhraseIndex.of(phrases, Set.of(), compoundsOfLanguage));
      }
      indexes.put(language, byKind);
      servingRefugees.put(
          language,
          PhraseIndex.of(
              serving(
                  ofLanguage.getOrDefault(Kind.ACTIVITY, Map.of()),
                  responsesOfLanguage,
                  Activity.ASYLUM_AND_REFUGEES),
              populations,
              compoundsOfLanguage));
    }
    return new Knowledge(version, indexes, servingRefugees);
  }

  /** The activities' phrases with those of the humanitarian response pointing to one activity. */
  private static Map<String, Map<Optional<Term>, Integer>> serving(
      Map<String, Map<Optional<Term>, Integer>> activities,
      Map<String, Integer> responses,
      Activity served) {
    Map<String, Map<Optional<Term>, Integer>> phrases = new LinkedHashMap<>();
    activities.forEach((key, terms) -> phrases.put(key, new LinkedHashMap<>(terms)));
    responses.forEach(
        (key, tier) ->
            phrases
                .computeIfAbsent(key, k -> new LinkedHashMap<>())
                .merge(Optional.of(served), tier, Math::max));
    return phrases;
  }

  private static boolean[] both(boolean[] a, boolean[] b) {
    boolean[] both = new boolean[a.length];
    for (int k = 0; k < a.length; k++) {
      both[k] = a[k] && b[k];
    }
    return both;
  }

  private static Term term(String name, int lineNumber) {
    int dot = name.indexOf('.');
    checkArgument(dot > 0, "%s line %s: expected [Vocabulary.CODE]", RESOURCE, lineNumber);
    String code = name.substring(dot + 1);
    try {
      return switch (name.substring(0, dot)) {
        case "Activity" -> Activity.valueOf(code);
        case "CrossCuttingActivity" -> CrossCuttingActivity.valueOf(code);
        case "PopulationGroup" -> PopulationGroup.valueOf(code);
        default -> throw new IllegalArgumentException("no vocabulary " + name.substring(0, dot));
      };
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          RESOURCE + " line " + lineNumber + ": unknown term " + name, e);
    }
  }

  private static SupportedLanguage language(String tag, int lineNumber) {
    for (SupportedLanguage language : SupportedLanguage.values()) {
      if (language.tag().equals(tag.toLowerCase(Locale.ROOT))) {
        return language;
      }
    }
    throw new IllegalArgumentException(
        RESOURCE + " line " + lineNumber + ": unknown language \"" + tag + "\"");
  }

  /**
   * The three kinds of term the suggester ranks separately, and the phrases that say a text is
   * about migration.
   */
  enum Kind {
    ACTIVITY,
    CROSS_CUTTING,
    TARGET_GROUP,
    MIGRATION;

    static Kind of(Optional<Term> term) {
      if (term.isEmpty()) {
        return MIGRATION;
      }
      if (term.get() instanceof Activity) {
        return ACTIVITY;
      }
      return term.get() instanceof CrossCuttingActivity ? CROSS_CUTTING : TARGET_GROUP;
    }
  }

  /**
   * One phrase as stems, the terms it points to with their weights, and whether it is strong
   * evidence for them (tier 2 or 3) rather than support (tier 1). A migration phrase points to no
   * term and has one weight, its tier; it is strong when it names an agency, whose single mention
   * is enough. {@code compound[k]} is true when the phrase is written with no word between stems
   * {@code k - 1} and {@code k}, as "family migration" is and "return of migrants" is not.
   */
  static final class Phrase {
    final int id;
    final String[] stems;
    final boolean[] compound;
    final ImmutableList<Term> terms;
    final double[] weights;
    final boolean[] strong;

    Phrase(
        int id,
        String[] stems,
        boolean[] compound,
        ImmutableList<Term> terms,
        double[] weights,
        boolean[] strong) {
      this.id = id;
      this.stems = stems;
      this.compound = compound;
      this.terms = terms;
      this.weights = weights;
      this.strong = strong;
    }

    /** Whether this is a phrase of {@link Knowledge#OTHER_SENSES_SECTION}: it weighs nothing. */
    boolean otherSense() {
      return terms.isEmpty() && weights[0] == 0;
    }
  }

  /** The phrases of one kind and language, by first stem, longest first. */
  static final class PhraseIndex {
    /**
     * What a phrase that names a group of people ("refugees", "returnees", "migrant workers")
     * weighs for an activity, relative to a phrase that names the work: who a programme serves says
     * less about what it does, and the same people are served by many activities.
     */
    static final double POPULATION_WEIGHT = 0.5;

    private final ImmutableMap<String, Phrase[]> byFirstStem;

    /** The terms that have at least one phrase in this index. */
    final ImmutableSet<Term> terms;

    // The phrases of another sense alone, by first stem: looked for at every word of a text, so
    // kept apart from the many phrases of the index.
    private final ImmutableMap<String, Phrase[]> otherSensesByFirstStem;

    private PhraseIndex(ImmutableMap<String, Phrase[]> byFirstStem, ImmutableSet<Term> terms) {
      this.byFirstStem = byFirstStem;
      this.terms = terms;
      ImmutableMap.Builder<String, Phrase[]> otherSenses = ImmutableMap.builder();
      byFirstStem.forEach(
          (stem, phrases) -> {
            Phrase[] others =
                Arrays.stream(phrases).filter(Phrase::otherSense).toArray(Phrase[]::new);
            if (others.length > 0) {
              otherSenses.put(stem, others);
            }
          });
      this.otherSensesByFirstStem = otherSenses.buildOrThrow();
    }

    /** Whether any phrase of this index is one of another sense. */
    boolean hasOtherSenses() {
      return !otherSensesByFirstStem.isEmpty();
    }

    /**
     * Indexes phrases.
     *
     * @param phrases each phrase's stem key, with the tier it has for each term that lists it
     * @param populations the stem keys of phrases that name a target group; such a phrase weighs
     *     {@value #POPULATION_WEIGHT} of its weight for a term
     * @param compounds for each stem key, where the phrase is written with no word between stems
     */
    static PhraseIndex of(
        Map<String, Map<Optional<Term>, Integer>> phrases,
        Set<String> populations,
        Map<String, boolean[]> compounds) {
      Map<String, List<Phrase>> byFirst = new HashMap<>();
      ImmutableSet.Builder<Term> terms = ImmutableSet.builder();
      int id = 0;
      for (Map.Entry<String, Map<Optional<Term>, Integer>> entry : phrases.entrySet()) {
        String[] stems = Splitter.on(' ').splitToList(entry.getKey()).toArray(new String[0]);
        Map<Optional<Term>, Integer> sharing = entry.getValue();
        ImmutableList<Term> named =
            sharing.keySet().stream()
                .flatMap(Optional::stream)
                .collect(ImmutableList.toImmutableList());
        double[] weights = new double[sharing.size()];
        boolean[] strong = new boolean[sharing.size()];
        int i = 0;
        for (int tier : sharing.values()) {
          if (named.isEmpty()) {
            strong[i] = tier == AGENCY;
            weights[i++] = Math.min(tier, 3);
          } else {
            strong[i] = tier >= 2;
            double population = populations.contains(entry.getKey()) ? POPULATION_WEIGHT : 1;
            weights[i++] = tier * (1 + 0.5 * (stems.length - 1)) / sharing.size() * population;
          }
        }
        terms.addAll(named);
        byFirst
            .computeIfAbsent(stems[0], k -> new ArrayList<>())
            .add(
                new Phrase(
                    id++,
                    stems,
                    compounds.getOrDefault(entry.getKey(), new boolean[stems.length]),
                    named,
                    weights,
                    strong));
      }
      ImmutableMap.Builder<String, Phrase[]> index = ImmutableMap.builder();
      for (Map.Entry<String, List<Phrase>> entry : byFirst.entrySet()) {
        Phrase[] sorted = entry.getValue().toArray(new Phrase[0]);
        Arrays.sort(sorted, Comparator.comparingInt((Phrase p) -> -p.stems.length));
        index.put(entry.getKey(), sorted);
      }
      return new PhraseIndex(index.buildOrThrow(), terms.build());
    }

    private static final Phrase[] NONE = new Phrase[0];

    /** The phrases starting with a stem, longest first; empty when none. */
    Phrase[] startingWith(String stem) {
      Phrase[] phrases = byFirstStem.get(stem);
      return phrases == null ? NONE : phrases;
    }

    /** The phrases of another sense starting with a stem, longest first; empty when none. */
    Phrase[] otherSensesStartingWith(String stem) {
      Phrase[] phrases = otherSensesByFirstStem.get(stem);
      return phrases == null ? NONE : phrases;
    }
  }
}
