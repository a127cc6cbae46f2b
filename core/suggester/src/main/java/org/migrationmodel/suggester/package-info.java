/**
 * The classification suggester: ranked activities, cross-cutting activities and target groups for a
 * programme's title and description, each with the words that support it, and a validation rule
 * that flags a primary activity the text does not support.
 */
package org.migrationmodel.suggester;
