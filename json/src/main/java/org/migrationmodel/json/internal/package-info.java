/**
 * The reader's decoder, the writer's encoder and the generators of the published files. Not
 * exported from the module, not API: use {@link org.migrationmodel.json.ProgrammeReader}, {@link
 * org.migrationmodel.json.ProgrammeWriter} and {@link org.migrationmodel.json.ProgrammeJson}.
 */
package org.migrationmodel.json.internal;
