/**
 * The JMH suite of docs/benchmarks.md: this library's strict reading and validation side by side
 * with Jackson and a generic JSON Schema validator, on one generated corpus. Built only by the
 * {@code benchmarks} Maven profile, as {@code examples/target/benchmarks.jar}.
 */
package org.migrationmodel.benchmarks;
