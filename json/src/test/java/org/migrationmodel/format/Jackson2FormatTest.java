package org.migrationmodel.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.migrationmodel.format.MappingFailure.Kind;
import org.migrationmodel.json.InvalidProgrammeJsonException;
import org.migrationmodel.json.MigrationModelModule;
import org.migrationmodel.json.ReadMode;

/** The format tests on Jackson 2's {@code ObjectMapper} with migration-model-json's module. */
class Jackson2FormatTest extends FormatContract {
  @Override
  MapperUnderTest mapper(MapperUnderTest.Setup setup) {
    ObjectMapper mapper =
        switch (setup) {
          case FOUND -> JsonMapper.builder().findAndAddModules().build();
          case LENIENT ->
              JsonMapper.builder().addModule(new MigrationModelModule(ReadMode.LENIENT)).build();
          case ENUMS_BY_INDEX_IN_LOWER_CASE ->
              JsonMapper.builder()
                  .findAndAddModules()
                  .enable(
                      SerializationFeature.WRITE_ENUMS_USING_INDEX,
                      SerializationFeature.WRITE_ENUM_KEYS_USING_INDEX)
                  .enable(
                      EnumFeature.WRITE_ENUMS_TO_LOWERCASE, EnumFeature.READ_ENUM_KEYS_USING_INDEX)
                  .build();
        };
    return new Jackson2Mapper(mapper);
  }

  /** Calls into Jackson 2 and tells its exceptions as {@link MappingFailure}s. */
  private record Jackson2Mapper(ObjectMapper mapper) implements MapperUnderTest {
    interface Call<T> {
      T call() throws JsonProcessingException;
    }

    @Override
    public Set<String> moduleNames() {
      return mapper.getRegisteredModuleIds().stream()
          .map(String::valueOf)
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

    private static <T> T call(Call<T> call) {
      try {
        return call.call();
      } catch (JsonProcessingException e) {
        throw failure(e);
      }
    }

    private static MappingFailure failure(JsonProcessingException e) {
      JsonLocation location = e.getLocation();
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
