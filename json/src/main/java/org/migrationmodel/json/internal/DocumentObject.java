package org.migrationmodel.json.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.Arrays;

/** The kinds of JSON object in a programme document, each with its {@link Member members}. */
public enum DocumentObject {
  PROGRAMME("programme"),
  PERIOD("period"),
  COUNTRY("country"),
  CLASSIFICATION("classification"),
  BUDGET("budget"),
  ALLOCATION("allocation");

  private final String noun;

  DocumentObject(String noun) {
    this.noun = noun;
  }

  /** The object's name in messages, such as {@code budget}. */
  public String noun() {
    return noun;
  }

  /** The object's members in document order. */
  public ImmutableList<Member> members() {
    return Index.MEMBERS.get(this);
  }

  /** The {@link Member#bit() bits} of the object's required members. */
  long requiredBits() {
    return Index.REQUIRED_BITS.get(this);
  }

  /** The member with a JSON name, or null when the object has no such member. */
  Member find(String jsonName) {
    return Index.BY_NAME.get(this).get(jsonName);
  }

  /** The members' JSON names, comma-separated, for messages. */
  String memberNames() {
    return Index.NAMES.get(this);
  }

  // A holder, because the index reads Member, whose constants refer back to this enum.
  private static final class Index {
    // Enum maps: the decoder asks for an object's members at every object it reads.
    static final ImmutableMap<DocumentObject, ImmutableList<Member>> MEMBERS =
        Maps.immutableEnumMap(
            Maps.toMap(
                Arrays.asList(DocumentObject.values()),
                object ->
                    Arrays.stream(Member.values())
                        .filter(member -> member.owner() == object)
                        .collect(ImmutableList.toImmutableList())));

    static final ImmutableMap<DocumentObject, ImmutableMap<String, Member>> BY_NAME =
        Maps.immutableEnumMap(
            Maps.toMap(
                Arrays.asList(DocumentObject.values()),
                object -> Maps.uniqueIndex(MEMBERS.get(object), Member::jsonName)));

    static final ImmutableMap<DocumentObject, Long> REQUIRED_BITS =
        Maps.immutableEnumMap(
            Maps.toMap(
                Arrays.asList(DocumentObject.values()),
                object ->
                    MEMBERS.get(object).stream()
                        .filter(Member::required)
                        .mapToLong(Member::bit)
                        .reduce(0, (bits, bit) -> bits | bit)));

    static final ImmutableMap<DocumentObject, String> NAMES =
        Maps.immutableEnumMap(
            Maps.toMap(
                Arrays.asList(DocumentObject.values()),
                object -> String.join(", ", BY_NAME.get(object).keySet())));
  }
}
