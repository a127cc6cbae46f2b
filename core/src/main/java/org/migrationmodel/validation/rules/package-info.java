/**
 * The checks behind {@link org.migrationmodel.validation.StandardRule}, one class each. Not
 * exported from the module: callers reach them only through the enum.
 */
package org.migrationmodel.validation.rules;
