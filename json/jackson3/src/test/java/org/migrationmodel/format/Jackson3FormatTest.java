package org.migrationmodel.format;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.migrationmodel.format.MappingFailure.Kind;
import org.migrationmodel.jackson3.InvalidProgrammeJsonException;
import org.migrationmodel.jackson3.MigrationModelModule;
import org.migrationmodel.json.ReadMode;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/** The format tests on Jackson 3's {@code JsonMapper} with migration-model-jackson3's module. */
class Jackson3FormatTest extends FormatContract {

  @Override
  MapperUnderTest mapper(MapperUnderTest.Setup setup) {
    JsonMapper mapper =
        switch (setup) {
          case FOUND -> JsonMapper.builder().findAndAddModules().build();
          case LENIENT ->
              JsonMapper.builder().addModule(new MigrationModelModule(ReadMode.LENIENT)).build();
          case ENUMS_BY_INDEX_IN_LOWER_CASE ->
              JsonMapper.builder()
                  .findAndAddModules()
                  .enable(
                      EnumFeature.WRITE_ENUMS_USING_INDEX,
                      EnumFeature.WRITE_ENUM_KEYS_USING_INDEX,
                      EnumFeature.WRITE_ENUMS_TO_LOWERCASE,
                      EnumFeature.READ_ENUM_KEYS_USING_INDEX)
                  .build();
        };
    return new Jackson3Mapper(mapper);
  }

  /** Calls into Jackson 3 and tells its exceptions as {@link MappingFailure}s. */
  private record Jackson3Mapper(JsonMapper mapper) implements MapperUnderTest {
    @Override
    public Set<String> moduleNames() {
      return mapper.registeredModules().stream()
          .map(JacksonModule::getModuleName)
          .collect(Collectors.toSet());
    }

    @Override
    public String write(Object value) {
      return call(() -> mapper.writeValueAsString(value));
    }

    @Override
    public <T> T read(String json, Class<T> type) {
      return call(() -> mapper.readValue(json, type));
    }

    @Override
    public <T> T readThroughTree(String json, Class<T> type) {
      return call(() -> mapper.treeToValue(mapper.readTree(json), type));
    }

    @Override
    public <T> List<T> readList(String json, Class<T> elementType) {
      return call(
          () ->
              mapper.readValue(
                  json, mapper.getTypeFactory().constructCollectionType(List.class, elementType)));
    }

    @Override
    public <K, V> Map<K, V> readMap(String json, Class<K> keyType, Class<V> valueType) {
      return call(
          () ->
              mapper.readValue(
                  json, mapper.getTypeFactory().constructMapType(Map.class, keyType, valueType)));
    }

    private static <T> T call(Supplier<T> call) {
      try {
        return call.get();
      } catch (JacksonException e) {
        throw failure(e);
      }
    }

    private static MappingFailure failure(JacksonException e) {
      TokenStreamLocation location = e.getLocation();
      int line = location == null ? -1 : location.getLineNr();
      int column = location == null ? -1 : location.getColumnNr();
      Kind kind;
      Object value = null;
      if (e instanceof InvalidProgrammeJsonException programme) {
        return new MappingFailure(
            Kind.INVALID_PROGRAMME, e.getMessage(), null, line, column, programme.report(), e);
      } else if (e instanceof InvalidFormatException format) {
        kind = Kind.INVALID_FORMAT;
        value = format.getValue();
      } else if (e instanceof MismatchedInputException) {
        kind = Kind.MISMATCHED_INPUT;
      } else if (e instanceof StreamReadException) {
        kind = Kind.STREAM_READ;
      } else {
        kind = Kind.OTHER;
      }
      return new MappingFailure(kind, e.getMessage(), value, line, column, null, e);
    }
  }
}
