package org.migrationmodel.format;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Jackson mapper with the migration-model module, as the {@link FormatContract} sees it, whatever
 * Jackson's major version. Every method that fails throws a {@link MappingFailure}.
 */
interface MapperUnderTest {
  /** How a test wants the mapper set up. */
  enum Setup {
    /** Strict, with the module found by Jackson's module discovery. */
    FOUND,
    /** With a lenient module registered. */
    LENIENT,
    /**
     * Strict, with every enum setting that would write an enum other than by its code: by index,
     * as values and as map keys, and in lower case.
     */
    ENUMS_BY_INDEX_IN_LOWER_CASE
  }

  /** The names of the modules the mapper holds. */
  Set<String> moduleNames();

  String write(Object value);

  <T> T read(String json, Class<T> type);

  /** Reads the text into the mapper's tree, then the tree into a value. */
  <T> T readThroughTree(String json, Class<T> type);

  <T> List<T> readList(String json, Class<T> elementType);

  <K, V> Map<K, V> readMap(String json, Class<K> keyType, Class<V> valueType);
}
