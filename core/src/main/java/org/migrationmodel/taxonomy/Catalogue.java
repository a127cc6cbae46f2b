package org.migrationmodel.taxonomy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The whole managing-migration model as one versioned catalogue: every vocabulary, every term, and
 * each term's lifecycle.
 *
 * <p>{@link #standard()} is the catalogue this release of the library ships. Catalogues are
 * immutable, thread-safe and serializable.
 */
public final class Catalogue implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String RESOURCE = "catalogue.properties";

  private static final ImmutableList<Vocabulary<?>> VOCABULARIES =
      ImmutableList.of(
          Area.VOCABULARY,
          Activity.VOCABULARY,
          CrossCuttingActivity.VOCABULARY,
          Theme.VOCABULARY,
          Modality.VOCABULARY,
          Driver.VOCABULARY,
          PopulationGroup.VOCABULARY,
          Agency.VOCABULARY,
          CountryRole.VOCABULARY);

  private static final ImmutableList<Term> TERMS =
      VOCABULARIES.stream()
          .flatMap(vocabulary -> vocabulary.terms().stream())
          .collect(ImmutableList.toImmutableList());

  /** The catalogue's version, such as {@code 1.0}. */
  private final String version;

  /** The lifecycle of every term of every vocabulary, in vocabulary and term order. */
  private final ImmutableMap<Term, TermLifecycle> lifecycles;

  // The validator asks about every code of every programme; usually none is withdrawn, and then it
  // need not ask at all. Derived from the lifecycles, so not serialized.
  private final transient ImmutableSet<Term> withdrawn;

  private Catalogue(String version, ImmutableMap<Term, TermLifecycle> lifecycles) {
    this.version = version;
    this.lifecycles = lifecycles;
    this.withdrawn =
        lifecycles.entrySet().stream()
            .filter(entry -> entry.getValue().status() == TermStatus.WITHDRAWN)
            .map(Map.Entry::getKey)
            .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * The catalogue shipped with this release of the library.
   *
   * @return the catalogue, never null
   */
  public static Catalogue standard() {
    return Standard.INSTANCE;
  }

  /**
   * A catalogue with the given version and lifecycles, for example to check data against a newer
   * catalogue that withdraws terms.
   *
   * @param version the catalogue's version, such as {@code 1.1}; not null
   * @param lifecycles the lifecycle of every term of every vocabulary; not null
   * @return the catalogue, never null
   * @throws IllegalArgumentException when a term has no lifecycle
   */
  public static Catalogue of(String version, Map<? extends Term, TermLifecycle> lifecycles) {
    checkNotNull(version, "version");
    Set<Term> missing = Sets.difference(ImmutableSet.copyOf(TERMS), lifecycles.keySet());
    checkArgument(missing.isEmpty(), "Terms without a lifecycle: %s", missing);
    ImmutableMap.Builder<Term, TermLifecycle> ordered = ImmutableMap.builder();
    for (Term term : TERMS) {
      ordered.put(term, checkNotNull(lifecycles.get(term), "lifecycle of %s", term));
    }
    return new Catalogue(version, ordered.buildOrThrow());
  }

  /**
   * The catalogue's version, such as {@code 1.0}.
   *
   * @return the version, never null
   */
  public String version() {
    return version;
  }

  /**
   * Every vocabulary: areas, activities, cross-cutting activities, themes, modalities, drivers,
   * population groups, agencies and country roles, in that order.
   *
   * @return an immutable list, never null
   */
  public ImmutableList<Vocabulary<?>> vocabularies() {
    return VOCABULARIES;
  }

  /**
   * Finds a vocabulary by its {@linkplain Vocabulary#id() id}, such as {@code activity}.
   *
   * @param id the vocabulary's id; not null
   * @return the vocabulary, or empty when none has that id
   */
  public Optional<Vocabulary<?>> vocabulary(String id) {
    return VOCABULARIES.stream().filter(vocabulary -> vocabulary.id().equals(id)).findFirst();
  }

  /**
   * Every term of every vocabulary, vocabulary by vocabulary.
   *
   * @return an immutable list, never null
   */
  public ImmutableList<Term> terms() {
    return TERMS;
  }

  /**
   * The terms of any vocabulary that have a code. Some codes name a term in two vocabularies: for
   * example {@code STUDENTS_AND_TRAINEES} is both an activity and a population group.
   *
   * @param code the code, tolerant of case and of {@code -} or space for {@code _}; not null
   * @return the matching terms in vocabulary order, possibly none; never null
   */
  public ImmutableList<Term> lookup(String code) {
    ImmutableList.Builder<Term> found = ImmutableList.builder();
    for (Vocabulary<?> vocabulary : VOCABULARIES) {
      vocabulary.find(code).ifPresent(found::add);
    }
    return found.build();
  }

  /**
   * The lifecycle of a term in this catalogue.
   *
   * @param term any term; not null
   * @return the lifecycle, never null
   */
  public TermLifecycle lifecycle(Term term) {
    return checkNotNull(lifecycles.get(term), "no lifecycle for %s", term);
  }

  /**
   * The terms this catalogue withdraws; empty for the standard catalogue of this release.
   *
   * @return an immutable set, in the order of {@link #terms()}; never null
   */
  public ImmutableSet<Term> withdrawnTerms() {
    return withdrawn;
  }

  /**
   * Whether a term is active in this catalogue.
   *
   * @param term any term; not null
   * @return true unless the term is withdrawn
   */
  public boolean isActive(Term term) {
    return !withdrawn.contains(checkNotNull(term, "term"));
  }

  @Override
  public String toString() {
    return "Catalogue " + version;
  }

  /**
   * Rebuilds the derived set of withdrawn terms, which is not serialized.
   *
   * @return an equal catalogue with its derived state in place
   */
  private Object readResolve() {
    return new Catalogue(version, lifecycles);
  }

  private static Catalogue load() {
    Properties properties = new Properties();
    try (InputStream in = Catalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + RESOURCE);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
    ImmutableMap.Builder<Term, TermLifecycle> lifecycles = ImmutableMap.builder();
    for (Term term : TERMS) {
      String key = term.getClass().getSimpleName() + "." + term.code();
      lifecycles.put(term, parseLifecycle(key, properties.getProperty(key)));
    }
    return of(properties.getProperty("version"), lifecycles.buildOrThrow());
  }

  // Each entry reads "ACTIVE <introducedIn>" or "WITHDRAWN <introducedIn> <withdrawnIn>".
  private static TermLifecycle parseLifecycle(String key, String entry) {
    checkArgument(entry != null, "%s has no lifecycle in %s", key, RESOURCE);
    String[] parts = entry.trim().split("\\s+");
    TermStatus status = TermStatus.valueOf(parts[0]);
    if (status == TermStatus.ACTIVE && parts.length == 2) {
      return TermLifecycle.active(parts[1]);
    }
    checkArgument(
        status == TermStatus.WITHDRAWN && parts.length == 3,
        "Malformed lifecycle for %s: %s",
        key,
        entry);
    return TermLifecycle.withdrawn(parts[1], parts[2]);
  }

  // Loaded on first use, after every vocabulary enum is initialised.
  private static final class Standard {
    static final Catalogue INSTANCE = load();
  }
}
