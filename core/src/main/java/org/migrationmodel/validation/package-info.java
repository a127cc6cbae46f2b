/**
 * Validation of programmes: a {@link org.migrationmodel.validation.Validator} applies {@link
 * org.migrationmodel.validation.Rule rules} and returns a {@link
 * org.migrationmodel.validation.ValidationReport} of every {@link
 * org.migrationmodel.validation.Finding}, each with a rule id, a severity, a JSON Pointer and a
 * message.
 */
package org.migrationmodel.validation;
