/**
 * The vocabularies of the managing-migration model: {@link org.migrationmodel.taxonomy.Area areas},
 * {@link org.migrationmodel.taxonomy.Activity activities}, {@link
 * org.migrationmodel.taxonomy.CrossCuttingActivity cross-cutting activities}, {@link
 * org.migrationmodel.taxonomy.Theme themes} and the further vocabularies a programme is classified
 * with, gathered in the versioned {@link org.migrationmodel.taxonomy.Catalogue}.
 *
 * <p>Source: IOM's contribution to the UN High-Level Dialogue on International Migration and
 * Development, its annex "Managing Migration" and its sections A and B.
 */
package org.migrationmodel.taxonomy;
