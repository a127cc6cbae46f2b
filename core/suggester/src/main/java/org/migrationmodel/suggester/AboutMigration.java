package org.migrationmodel.suggester;

import com.google.common.collect.ImmutableList;
import org.migrationmodel.suggester.Scoring.MigrationEvidence;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.text.TextClassification;

/**
 * Decides whether a text is about migration at all. It is when it names migration: the phrases of
 * {@code terms.txt}'s {@code [Migration]} and {@code [Agencies]} sections and those that name an
 * activity of the model add up to {@value #ENOUGH}, one phrase of tier 3 or a tier-2 phrase in the
 * title or beside another phrase (said again, a word of two senses is still one word), those of the
 * description found as written ({@link Scoring#migration}); words of context alone (tier 1:
 * "mobility", "transit", "return") never add up to it, since a transport project speaks of urban
 * mobility and rapid transit; but one such word said once in a description of {@value
 * #LONG_DESCRIPTION} words or more, and nowhere in the title, is a mention in passing, unless it
 * names an agency whose mandate is migration or displacement. It is also when it describes at
 * length an activity whose work is people crossing borders, such as recruitment for jobs abroad,
 * without ever saying "migrant": its first activity is one of those and {@value #DESCRIBED}
 * different phrases point to it, at least one of them evidence (tier 2 or 3): words that only
 * support an activity ("doctors", "nurses", "health workforce" for brain drain) describe any
 * programme of their field. Such a text must also place the work across borders: it names
 * migration, if only in passing, or it names two countries, by name or by their people ("Sri Lankan
 * caregivers for Israel"): scholarships, job centres and twinning are the words of every education,
 * employment and public administration programme too. Needs that any programme may meet (health,
 * water, shelter, livelihoods, recovery, elections) never make a text about migration on their own.
 */
final class AboutMigration {
  /** One phrase that names migration, such as "migrants" or "internally displaced persons". */
  private static final double ENOUGH = 3.0;

  /**
   * How many words, stop words left out, make a description long enough for a single mention of
   * migration to be one in passing: about three sentences.
   */
  private static final int LONG_DESCRIPTION = 40;

  /**
   * How many different phrases, one of them evidence, must describe a movement activity for it to
   * stand alone.
   */
  private static final int DESCRIBED = 3;

  /** How many countries a text must name to place its work across borders. */
  private static final int ACROSS_BORDERS = 2;

  private AboutMigration() {}

  /**
   * Whether a text is about migration.
   *
   * @param migration the migration phrases found in the text
   * @param activities the activities found in it, highest score first
   * @param title the text's title, where the countries it names are looked for
   * @param description the text's description, where they are looked for too
   */
  static boolean judge(
      MigrationEvidence migration,
      ImmutableList<Scored<Activity>> activities,
      String title,
      String description) {
    boolean inPassing =
        migration.lone() && !migration.agency() && migration.descriptionWords() >= LONG_DESCRIPTION;
    if (migration.score() >= ENOUGH && migration.named() && !inPassing) {
      return true;
    }
    return !activities.isEmpty()
        && TextClassification.isMovement(activities.get(0).term())
        && activities.get(0).evidence().size() >= DESCRIBED
        && activities.get(0).namingPhrases() > 0
        // Looked for last: few texts get this far, and the names are many.
        && (migration.named() || CountryNames.count(title + "\n" + description) >= ACROSS_BORDERS);
  }
}
