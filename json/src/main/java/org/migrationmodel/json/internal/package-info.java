/**
 * The reader's decoder, the writer's encoder and the generators of the published files. Not API:
 * use {@link org.migrationmodel.json.ProgrammeReader}, {@link
 * org.migrationmodel.json.ProgrammeWriter} and {@link org.migrationmodel.json.ProgrammeJson}. The
 * module exports this package to the Jackson 3 module alone, so on the module path no other code
 * can use it; on the class path its public types are visible, and a type is public here only
 * because the json package calls it. It may change in any release, and japicmp does not compare it.
 */
package org.migrationmodel.json.internal;
