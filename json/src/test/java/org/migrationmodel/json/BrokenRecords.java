package org.migrationmodel.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.migrationmodel.fixtures.ProgrammeGenerator;
import org.migrationmodel.fixtures.RuleBreaker;
import org.migrationmodel.fixtures.UnknownMemberGenerator;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.validation.StandardRule;

/**
 * Seeded programme records, clean and broken, as the bytes a reader is given: a generated
 * programme, perhaps made to break a validation rule or given unknown members, written compact or
 * indented, and then perhaps damaged in its JSON tree (nulls, wrong types, missing members,
 * misspelt codes, bad dates and numbers, repeated entries) or in its text and bytes (cut short,
 * stray characters, repeated members, values after the end, bytes that are not UTF-8, lone
 * surrogate escapes). A record follows from its seed alone.
 */
final class BrokenRecords {
  // Numbers as BigDecimal, written as read: a double would be written by Double.toString, whose
  // output changed in JDK 19, so the same seed would make other bytes on JDK 17 and JDK 25.
  private static final ObjectMapper TREES =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();
  private static final ProgrammeWriter WRITER = ProgrammeJson.writer();
  private static final StandardRule[] RULES = StandardRule.values();

  /**
   * One record.
   *
   * @param seed the seed it follows from
   * @param kind what was done to it, for a reader of a failure
   * @param bytes the record
   * @param oneLine whether it holds no line end, so that it can be a line of NDJSON
   * @param wellFormed whether it is one whole JSON value, so that it can be an element of an array
   */
  record Sample(long seed, String kind, byte[] bytes, boolean oneLine, boolean wellFormed) {}

  private BrokenRecords() {}

  static Sample of(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Programme programme = new ProgrammeGenerator(seed).next();
    List<String> kind = new ArrayList<>();
    int model = random.nextInt(4);
    if (model == 1) {
      StandardRule rule = RULES[random.nextInt(RULES.length)];
      try {
        programme = RuleBreaker.breaking(rule, programme).programme();
        kind.add("breaks " + rule.id());
      } catch (IllegalArgumentException e) {
        kind.add("cannot break " + rule.id());
      }
    } else if (model == 2) {
      programme = new UnknownMemberGenerator(seed).addTo(programme);
      kind.add("unknown members");
    }
    JsonNode tree = tree(WRITER.write(programme));
    int treeDamage = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(3);
    for (int i = 0; i < treeDamage; i++) {
      kind.add(damageTree(tree, random));
    }
    boolean indented = random.nextInt(4) == 0;
    String text = indented ? indentedText(tree) : tree.toString();
    kind.add(indented ? "indented" : "compact");
    boolean wellFormed = true;
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (random.nextInt(3) == 0) {
      wellFormed = false;
      TextDamage damage = damageText(text, random);
      kind.add(damage.what());
      bytes = damage.text().getBytes(StandardCharsets.UTF_8);
      if (random.nextInt(4) == 0) {
        bytes = notUtf8(bytes, random);
        kind.add("not UTF-8");
      }
    }
    return new Sample(seed, String.join(", ", kind), bytes, !contains(bytes, '\n'), wellFormed);
  }

  private static JsonNode tree(String json) {
    try {
      return TREES.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String indentedText(JsonNode tree) {
    try {
      return TREES.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Damages one value of the tree, chosen at random; returns what it did. */
  private static String damageTree(JsonNode root, SplittableRandom random) {
    List<JsonNode> containers = new ArrayList<>();
    collectContainers(root, containers);
    JsonNode container = containers.get(random.nextInt(containers.size()));
    if (container.isEmpty()) {
      return "nothing to damage";
    }
    if (container instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      String name = names.get(random.nextInt(names.size()));
      return damageMember(object, name, random);
    }
    ArrayNode array = (ArrayNode) container;
    int index = random.nextInt(array.size());
    return switch (random.nextInt(4)) {
      case 0 -> {
        array.add(array.get(index).deepCopy());
        yield "repeated element";
      }
      case 1 -> {
        array.set(index, JsonNodeFactory.instance.nullNode());
        yield "null element";
      }
      case 2 -> {
        array.remove(index);
        yield "element removed";
      }
      default -> {
        array.set(index, replacement(array.get(index), random));
        yield "element replaced";
      }
    };
  }

  private static String damageMember(ObjectNode object, String name, SplittableRandom random) {
    return switch (random.nextInt(5)) {
      case 0 -> {
        object.putNull(name);
        yield name + " null";
      }
      case 1 -> {
        object.remove(name);
        yield name + " removed";
      }
      case 2 -> {
        String unknown = random.nextBoolean() ? "x-" + name : name.toUpperCase(Locale.ROOT);
        object.set(unknown, replacement(object.get(name), random));
        yield "member " + unknown + " added";
      }
      default -> {
        object.set(name, replacement(object.get(name), random));
        yield name + " replaced";
      }
    };
  }

  /** A value in place of one: of another type, or a near miss of the same type. */
  private static JsonNode replacement(JsonNode value, SplittableRandom random) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (value.isTextual() && random.nextBoolean()) {
      String text = value.textValue();
      return nodes.textNode(
          switch (random.nextInt(5)) {
            case 0 -> text.toLowerCase(Locale.ROOT);
            case 1 -> text.isEmpty() ? "?" : text.substring(1);
            case 2 -> text + "X";
            case 3 -> "2026-02-30";
            default -> " " + text.replace('_', ' ');
          });
    }
    if (value.isNumber() && random.nextBoolean()) {
      return switch (random.nextInt(4)) {
        case 0 -> nodes.numberNode(-5);
        case 1 -> nodes.numberNode(new java.math.BigDecimal("1E+2000"));
        case 2 -> nodes.numberNode(new java.math.BigDecimal("0.00012345"));
        default -> nodes.textNode(value.asText());
      };
    }
    return switch (random.nextInt(6)) {
      case 0 -> nodes.numberNode(42);
      case 1 -> nodes.textNode("text");
      case 2 -> nodes.booleanNode(true);
      case 3 -> nodes.arrayNode().add(1).add("a");
      case 4 -> nodes.objectNode().put("code", "XX");
      default -> nodes.arrayNode();
    };
  }

  private static void collectContainers(JsonNode node, List<JsonNode> containers) {
    if (node.isContainerNode()) {
      containers.add(node);
      for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
        collectContainers(children.next(), containers);
      }
    }
  }

  /** What was done to a record's text, and the text it gave. */
  private record TextDamage(String what, String text) {}

  private static TextDamage damageText(String text, SplittableRandom random) {
    int at = 1 + random.nextInt(text.length() - 1);
    return switch (random.nextInt(7)) {
      case 0 -> new TextDamage("cut at " + at, text.substring(0, at));
      case 1 -> {
        char stray = "{}[],:\"x\\".charAt(random.nextInt(9));
        yield new TextDamage(
            "'" + stray + "' at " + at, text.substring(0, at) + stray + text.substring(at));
      }
      case 2 -> new TextDamage("value after the end", text + (random.nextBoolean() ? " {}" : " x"));
      case 3 -> new TextDamage("id repeated", text.replaceFirst("\\{", "{\"id\":\"P-REPEATED\","));
      case 4 ->
          new TextDamage(
              "modelVersion changed",
              text.replaceFirst(
                  "\"modelVersion\" ?: ?\"1\\.0\"",
                  random.nextBoolean() ? "\"modelVersion\":\"2.0\"" : "\"modelVersion\":\"one\""));
      case 5 ->
          new TextDamage(
              "lone surrogate in title", text.replaceFirst("\"title\" ?: ?\"", "$0\\\\uD800"));
      default ->
          new TextDamage(
              "currency repeated",
              text.replaceFirst("\"budget\" ?: ?\\{", "$0\"currency\":\"EUR\","));
    };
  }

  private static byte[] notUtf8(byte[] bytes, SplittableRandom random) {
    int at = random.nextInt(bytes.length);
    byte[][] bad = {{(byte) 0xFF}, {(byte) 0xC3, 0x28}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}};
    byte[] insert = bad[random.nextInt(bad.length)];
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(bytes, 0, at);
    out.write(insert, 0, insert.length);
    out.write(bytes, at, bytes.length - at);
    return out.toByteArray();
  }

  private static boolean contains(byte[] bytes, char c) {
    for (byte b : bytes) {
      if (b == c) {
        return true;
      }
    }
    return false;
  }
}
