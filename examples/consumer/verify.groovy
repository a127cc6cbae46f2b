// Checks the consumer build's log and what it resolved at run time.
def log = new File(basedir, 'build.log').text
// invoker.properties builds the project twice: on the module path, then on the class path.
assert log.contains('consumer example: OK on the module path')
assert log.contains('consumer example: OK on the class path')
assert log.contains('allocation-sum')
assert log.contains('"id":"MLI-AVRR-2026"')

def runtime = new File(basedir, 'target/runtime-dependencies.txt').text
assert runtime.contains('org.migrationmodel:migration-model-core:jar:')
assert runtime.contains('org.migrationmodel:migration-model-json:jar:')
// Test libraries of the library's own build must not reach a user's runtime.
['junit', 'assertj', 'guava-testlib', 'json-schema-validator', 'error_prone_core', 'org.immutables:value:'].each {
  assert !runtime.contains(it) : "test or build-only dependency leaked: ${it}"
}
return true
