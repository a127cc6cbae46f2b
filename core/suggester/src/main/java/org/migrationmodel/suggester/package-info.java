/**
 * The classification suggester: for a programme's title and description, the language they are in,
 * whether the text is about migration at all and, when it is, ranked activities with calibrated
 * confidences, cross-cutting activities and target groups, each with the words that support it; and
 * a validation rule that flags a primary activity the text does not support.
 */
package org.migrationmodel.suggester;
