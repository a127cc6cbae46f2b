package org.migrationmodel.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.validation.Pointers;

/**
 * A programme's {@link Programme#unknownMembers() unknown members}, grouped by the object they
 * belong in, so that the writer puts each back after the known members of its object.
 *
 * <p>Every key must point at a member of an object the writer writes, with a name the format does
 * not use there, and every value must be one JSON value; otherwise the programme cannot be written
 * without losing or corrupting data, and {@link #of} refuses it before anything is written.
 */
final class UnknownMembers {
  private static final UnknownMembers NONE = new UnknownMembers(ImmutableListMultimap.of());

  /** Member names and JSON texts, by the pointer of the object they belong in. */
  private final ImmutableListMultimap<String, Map.Entry<String, String>> byObject;

  private UnknownMembers(ImmutableListMultimap<String, Map.Entry<String, String>> byObject) {
    this.byObject = byObject;
  }

  /**
   * The unknown members of a programme.
   *
   * @throws IllegalArgumentException when one cannot be placed or is not a JSON value
   */
  static UnknownMembers of(Programme programme) {
    if (programme.unknownMembers().isEmpty()) {
      return NONE;
    }
    ImmutableMap<String, DocumentObject> objects = objects(programme);
    ImmutableListMultimap.Builder<String, Map.Entry<String, String>> byObject =
        ImmutableListMultimap.builder();
    for (Map.Entry<String, String> member : programme.unknownMembers().entrySet()) {
      String pointer = member.getKey();
      int slash = pointer.lastIndexOf('/');
      String parent = slash < 0 ? "" : pointer.substring(0, slash);
      String name = unescape(pointer.substring(slash + 1));
      DocumentObject object = slash < 0 ? null : objects.get(parent);
      if (object == null || object.find(name) != null) {
        throw new IllegalArgumentException(
            "Unknown member "
                + pointer
                + " cannot be written: it must point at a member, with a name the format does not"
                + " use, of an object the programme has.");
      }
      checkJsonValue(pointer, member.getValue());
      byObject.put(parent, Map.entry(name, member.getValue()));
    }
    return new UnknownMembers(byObject.build());
  }

  /** No unknown members: for the parts of a programme that are written on their own. */
  static UnknownMembers none() {
    return NONE;
  }

  boolean isEmpty() {
    return byObject.isEmpty();
  }

  /** Writes the unknown members of the object at a pointer, such as {@code /countries/2}. */
  void write(JsonGenerator generator, String objectPointer) throws IOException {
    for (Map.Entry<String, String> member : byObject.get(objectPointer)) {
      generator.writeFieldName(member.getKey());
      try (JsonParser parser = JsonFactories.forReadingDefault().createParser(member.getValue())) {
        parser.nextToken();
        generator.copyCurrentStructureExact(parser);
      }
    }
  }

  /** The objects the writer writes for a programme, by pointer. */
  private static ImmutableMap<String, DocumentObject> objects(Programme programme) {
    ImmutableMap.Builder<String, DocumentObject> objects = ImmutableMap.builder();
    objects.put("", DocumentObject.PROGRAMME);
    objects.put(Pointers.of(Member.CLASSIFICATION.jsonName()), DocumentObject.CLASSIFICATION);
    if (programme.period().isPresent()) {
      objects.put(Pointers.of(Member.PERIOD.jsonName()), DocumentObject.PERIOD);
    }
    for (int i = 0; i < programme.countries().size(); i++) {
      objects.put(Pointers.of(Member.COUNTRIES.jsonName(), i), DocumentObject.COUNTRY);
    }
    if (programme.budget().isPresent()) {
      objects.put(Pointers.of(Member.BUDGET.jsonName()), DocumentObject.BUDGET);
      for (int i = 0; i < programme.budget().get().allocations().size(); i++) {
        objects.put(
            Pointers.of(Member.BUDGET.jsonName(), Member.ALLOCATIONS.jsonName(), i),
            DocumentObject.ALLOCATION);
      }
    }
    return objects.buildOrThrow();
  }

  private static void checkJsonValue(String pointer, String json) {
    try (JsonParser parser = JsonFactories.forReadingDefault().createParser(json)) {
      if (parser.nextToken() != null) {
        parser.skipChildren();
        if (parser.nextToken() == null) {
          return;
        }
      }
    } catch (JsonProcessingException e) {
      // Reported below.
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalArgumentException(
        "Unknown member " + pointer + " cannot be written: its value is not one JSON value.");
  }

  private static String unescape(String token) {
    return token.replace("~1", "/").replace("~0", "~");
  }
}
