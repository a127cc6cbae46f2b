/**
 * The JMH suite of docs/benchmarks.md: this library's strict reading and validation side by side
 * with Jackson and a generic JSON Schema validator, on one generated corpus. Every build compiles
 * it and packages {@code examples/benchmarks/target/benchmarks.jar}; only running that jar runs it.
 */
package org.migrationmodel.benchmarks;
