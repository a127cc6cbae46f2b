/**
 * The programme model: a {@link org.migrationmodel.programme.Programme} with its {@link
 * org.migrationmodel.programme.Classification}, countries, period and {@link
 * org.migrationmodel.programme.Budget}. All types are immutable values built with a nested {@code
 * Builder} or an {@code of} factory.
 */
package org.migrationmodel.programme;
