package org.migrationmodel.json.internal;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.Arrays;

/**
 * Every member of every object of a programme document: the one list of names that the decoder, the
 * encoder and the schema share, so that they cannot disagree.
 */
public enum Member {
  MODEL_VERSION(DocumentObject.PROGRAMME, "modelVersion", true),
  ID(DocumentObject.PROGRAMME, "id", true),
  TITLE(DocumentObject.PROGRAMME, "title", true),
  DESCRIPTION(DocumentObject.PROGRAMME, "description", false),
  PERIOD(DocumentObject.PROGRAMME, "period", false),
  COUNTRIES(DocumentObject.PROGRAMME, "countries", false),
  CLASSIFICATION(DocumentObject.PROGRAMME, "classification", true),
  BUDGET(DocumentObject.PROGRAMME, "budget", false),
  PARTNERS(DocumentObject.PROGRAMME, "partners", false),

  START(DocumentObject.PERIOD, "start", true),
  END(DocumentObject.PERIOD, "end", true),

  CODE(DocumentObject.COUNTRY, "code", true),
  ROLE(DocumentObject.COUNTRY, "role", true),

  PRIMARY_ACTIVITY(DocumentObject.CLASSIFICATION, "primaryActivity", false),
  DECLARED_PRIMARY_AREA(DocumentObject.CLASSIFICATION, "declaredPrimaryArea", false),
  SECONDARY_ACTIVITIES(DocumentObject.CLASSIFICATION, "secondaryActivities", false),
  CROSS_CUTTING_ACTIVITIES(DocumentObject.CLASSIFICATION, "crossCuttingActivities", false),
  THEMES(DocumentObject.CLASSIFICATION, "themes", false),
  MODALITIES(DocumentObject.CLASSIFICATION, "modalities", false),
  DRIVERS(DocumentObject.CLASSIFICATION, "drivers", false),
  TARGET_GROUPS(DocumentObject.CLASSIFICATION, "targetGroups", false),

  CURRENCY(DocumentObject.BUDGET, "currency", true),
  TOTAL(DocumentObject.BUDGET, "total", true),
  ALLOCATIONS(DocumentObject.BUDGET, "allocations", false),

  ACTIVITY(DocumentObject.ALLOCATION, "activity", true),
  SHARE(DocumentObject.ALLOCATION, "share", true);

  // Indexed by ordinal, since the decoder asks at every member it reads.
  private static final Member[] FOLLOWING = following(values());

  /** The length of the longest member name. */
  static final int LONGEST_NAME_LENGTH =
      Arrays.stream(values()).mapToInt(member -> member.jsonName.length()).max().getAsInt();

  private final DocumentObject owner;
  private final String jsonName;
  private final boolean required;

  // SerializedString is immutable: it only caches its encoded forms, thread-safely.
  @SuppressWarnings("ImmutableEnumChecker")
  private final SerializableString serialized;

  Member(DocumentObject owner, String jsonName, boolean required) {
    this.owner = owner;
    this.jsonName = jsonName;
    this.required = required;
    this.serialized = new SerializedString(jsonName);
  }

  /** The object the member belongs to. */
  public DocumentObject owner() {
    return owner;
  }

  /** The member's name in JSON. */
  public String jsonName() {
    return jsonName;
  }

  /** Whether a document must give the member. */
  public boolean required() {
    return required;
  }

  /**
   * The member the writer writes after this one in its object, or after the last the object's
   * first: the name a reader expects next.
   */
  @SuppressWarnings("EnumOrdinal") // An index into an array built from values().
  Member following() {
    return FOLLOWING[ordinal()];
  }

  // Each object's members are declared together, in document order.
  private static Member[] following(Member[] members) {
    Member[] following = new Member[members.length];
    int first = 0;
    for (int i = 0; i < members.length; i++) {
      if (members[i].owner != members[first].owner) {
        first = i;
      }
      boolean last = i + 1 == members.length || members[i + 1].owner != members[i].owner;
      following[i] = last ? members[first] : members[i + 1];
    }
    return following;
  }

  /** The name, encoded once for the writer and for matching by the reader. */
  SerializableString serialized() {
    return serialized;
  }

  /** The member's bit in a set of members held in a {@code long}; there are fewer than 64. */
  @SuppressWarnings("EnumOrdinal") // A bit set, as EnumSet keeps one, never persisted.
  long bit() {
    return 1L << ordinal();
  }
}
