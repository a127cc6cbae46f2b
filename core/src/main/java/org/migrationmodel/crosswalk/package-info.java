/**
 * Crosswalks from the managing-migration model to the frameworks programmes are reported in: the 23
 * objectives of the Global Compact for Safe, Orderly and Regular Migration (A/RES/73/195), the
 * migration-related Sustainable Development Goal targets (A/RES/70/1), OECD DAC CRS purpose codes
 * (IATI sector vocabulary 1) and UNHCR population types.
 */
package org.migrationmodel.crosswalk;
