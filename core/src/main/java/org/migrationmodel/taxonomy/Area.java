package org.migrationmodel.taxonomy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import java.util.Arrays;
import java.util.Optional;

/**
 * The four main areas of the managing-migration model, in the order of the source document's annex
 * "Managing Migration".
 */
public enum Area implements Term {
  /** Migration and Development. */
  MIGRATION_AND_DEVELOPMENT,
  /** Facilitating Migration. */
  FACILITATING_MIGRATION,
  /** Regulating Migration. */
  REGULATING_MIGRATION,
  /** Forced Migration. */
  FORCED_MIGRATION;

  /** The vocabulary of areas. */
  public static final Vocabulary<Area> VOCABULARY = Vocabulary.of("area", Area.class);

  /**
   * The activities of this area, in the order of the source document.
   *
   * @return an immutable, non-empty list
   */
  public ImmutableList<Activity> activities() {
    return ActivitiesByArea.INDEX.get(this);
  }

  @Override
  public Vocabulary<Area> vocabulary() {
    return VOCABULARY;
  }

  /**
   * Returns the area with a code, tolerant of case and of {@code -} or space for {@code _}.
   *
   * @param code the code; not null
   * @return the area, never null
   * @throws UnknownCodeException when no area has that code
   */
  public static Area of(String code) {
    return VOCABULARY.of(code);
  }

  /**
   * Finds the area with a code, tolerant of case and of {@code -} or space for {@code _}.
   *
   * @param code the code; not null
   * @return the area, or empty when none has that code
   */
  public static Optional<Area> find(String code) {
    return VOCABULARY.find(code);
  }

  // A holder, because the index reads Activity, whose constants refer back to Area.
  private static final class ActivitiesByArea {
    static final ImmutableListMultimap<Area, Activity> INDEX =
        Multimaps.index(Arrays.asList(Activity.values()), Activity::area);
  }
}
