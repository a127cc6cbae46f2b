/**
 * Crosswalks from the managing-migration model to the frameworks programmes are reported in: the 23
 * objectives of the Global Compact for Safe, Orderly and Regular Migration (A/RES/73/195), the
 * migration-related Sustainable Development Goal targets (A/RES/70/1), OECD DAC CRS purpose codes
 * (IATI sector vocabulary 1) and UNHCR population types.
 *
 * <p>{@link org.migrationmodel.crosswalk.Crosswalk#standard()} is the project's indicative mapping,
 * kept as data in {@code crosswalk.tsv} next to this package's classes and versioned with the
 * catalogue. {@link org.migrationmodel.crosswalk.Crosswalk#forProgramme} gives one programme's view
 * in every framework.
 */
package org.migrationmodel.crosswalk;
