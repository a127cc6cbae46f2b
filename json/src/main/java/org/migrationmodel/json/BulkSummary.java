package org.migrationmodel.json;

/**
 * How many records a bulk read went through. Every record is counted as valid or invalid, so {@code
 * read == valid + invalid}; a problem outside any record (an empty input, a value that is not an
 * array, text after the array) counts as an invalid record of its own.
 *
 * @param read the records read
 * @param valid the records that gave a programme and a report without errors
 * @param invalid the records with at least one error, including those that gave no programme
 * @param complete whether reading went to the end of the input, rather than stopping at malformed
 *     JSON in a JSON array: the records after it are neither read nor counted
 */
public record BulkSummary(int read, int valid, int invalid, boolean complete) {}
