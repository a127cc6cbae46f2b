package org.migrationmodel.json.internal;

import com.fasterxml.jackson.core.JsonToken;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.migrationmodel.programme.Allocation;
import org.migrationmodel.programme.Budget;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.programme.ProgrammeCountry;
import org.migrationmodel.programme.ProgrammePeriod;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.CountryRole;

/**
 * Builds the programme types straight from a parser's tokens, reporting every problem through its
 * {@link TokenCursor} and carrying on past it: a bad value is skipped, an object that lacks a
 * required value is left out, and the programme is built whenever its id, title and classification
 * could be read. Not thread-safe; one decoder reads one record.
 */
public final class ProgrammeDecoder implements RecordDecoder<Programme> {
  private final TokenCursor cursor;
  private final ValueDecoder values;
  private boolean refused;

  /** A decoder that reads through a cursor. */
  public ProgrammeDecoder(TokenCursor cursor) {
    this.cursor = cursor;
    this.values = new ValueDecoder(cursor);
  }

  /**
   * Whether the document was refused because its {@code modelVersion} has a major version this
   * release cannot read.
   */
  @Override
  public boolean refused() {
    return refused;
  }

  /**
   * Reads a programme document, as {@link #programme} does. The record readers call this one, so it
   * does the work itself rather than add a call in front of the decoder's deep calls.
   */
  @Override
  public Programme read(JsonToken first) throws IOException {
    Programme programme = object(first, DocumentObject.PROGRAMME, new ProgrammeFields());
    return refused ? null : programme;
  }

  /** Reads a programme document; returns null when it could not be built. */
  public Programme programme(JsonToken token) throws IOException {
    return read(token);
  }

  /** Reads a period; returns null when it could not be built. */
  public ProgrammePeriod period(JsonToken token) throws IOException {
    return object(token, DocumentObject.PERIOD, new PeriodFields());
  }

  /** Reads a country; returns null when it could not be built. */
  public ProgrammeCountry country(JsonToken token) throws IOException {
    return object(token, DocumentObject.COUNTRY, new CountryFields());
  }

  /** Reads a classification; returns null when it could not be built. */
  public Classification classification(JsonToken token) throws IOException {
    return object(token, DocumentObject.CLASSIFICATION, new ClassificationFields());
  }

  /** Reads a budget; returns null when it could not be built. */
  public Budget budget(JsonToken token) throws IOException {
    return object(token, DocumentObject.BUDGET, new BudgetFields());
  }

  /** Reads an allocation; returns null when it could not be built. */
  public Allocation allocation(JsonToken token) throws IOException {
    return object(token, DocumentObject.ALLOCATION, new AllocationFields());
  }

  /**
   * The values of one object as its members are read, the unknown members it keeps, and the object
   * they make.
   */
  private abstract static class Fields<T> implements ValueDecoder.ListMembers {
    // Created for the first unknown member, since most objects have none.
    private Map<String, String> unknownMembers;

    /** Reads a member's value (not null); returns whether a value could be read. */
    abstract boolean read(Member member, JsonToken token) throws IOException;

    @Override
    public boolean element(Member list, JsonToken token) throws IOException {
      throw new AssertionError(list);
    }

    /** Builds the object, with its unknown members, once every required member has a value. */
    abstract T build(Map<String, String> unknownMembers);

    final T build() {
      return build(unknownMembers == null ? ImmutableMap.of() : unknownMembers);
    }

    final boolean hasUnknownMember(String name) {
      return unknownMembers != null && unknownMembers.containsKey(name);
    }

    final void keepUnknownMember(String name, String json) {
      if (unknownMembers == null) {
        unknownMembers = new LinkedHashMap<>();
      }
      unknownMembers.put(name, json);
    }
  }

  private <T> T object(JsonToken token, DocumentObject object, Fields<T> fields)
      throws IOException {
    if (token != JsonToken.START_OBJECT) {
      values.wrongType(token, "an object (the " + object.noun() + ")");
      return null;
    }
    return readMembers(object, fields) ? fields.build() : null;
  }

  /** Reads the members of an object; returns whether every required member has a value. */
  private boolean readMembers(DocumentObject object, Fields<?> fields) throws IOException {
    long seen = 0;
    long present = 0;
    // Members mostly come in the order the writer writes them: the name expected next is matched
    // on the input's bytes, and only a name out of that order is read and looked up.
    Member expected = object.members().get(0);
    while (true) {
      Member member;
      if (cursor.nextNameIs(expected)) {
        member = expected;
      } else if (cursor.token() == JsonToken.FIELD_NAME) {
        String name = cursor.name();
        member = object.find(name);
        if (member == null) {
          cursor.enterUnknownMember(name);
          cursor.next();
          unknownMember(object, name, fields);
          cursor.leave();
          continue;
        }
      } else {
        break;
      }
      expected = member.following();
      cursor.enterMember(member);
      JsonToken value = cursor.next();
      if ((seen & member.bit()) != 0) {
        cursor.report(
            Problem.DUPLICATE_MEMBER,
            "The member "
                + member.jsonName()
                + " is given twice; the first value is kept. Remove the repetition.");
        cursor.skip();
      } else {
        seen |= member.bit();
        if (value == JsonToken.VALUE_NULL) {
          nullMember(member);
        } else if (fields.read(member, value)) {
          present |= member.bit();
        }
      }
      cursor.leave();
    }
    if ((present & object.requiredBits()) == object.requiredBits()) {
      return true;
    }
    // A required member has no value: those never given are reported, those given with a bad value
    // were reported where they are.
    for (Member member : object.members()) {
      if (member.required() && (seen & member.bit()) == 0) {
        cursor.reportMember(
            Problem.MISSING_MEMBER,
            member.jsonName(),
            "The " + object.noun() + " has no " + member.jsonName() + "; add it.");
      }
    }
    return false;
  }

  private void unknownMember(DocumentObject object, String name, Fields<?> fields)
      throws IOException {
    if (cursor.lenient()) {
      if (fields.hasUnknownMember(name)) {
        cursor.report(
            Problem.DUPLICATE_MEMBER,
            "The member "
                + Quoting.quote(name)
                + " is given twice; the first value is kept. Remove the repetition.");
        cursor.skip();
      } else if (cursor.mayKeepUnknownMember()) {
        fields.keepUnknownMember(name, cursor.capture());
      }
      return;
    }
    cursor.report(
        Problem.UNKNOWN_MEMBER,
        "The "
            + object.noun()
            + " has no member "
            + Quoting.quote(name)
            + "; its members are "
            + object.memberNames()
            + ". Remove it, or read the document leniently to keep it.");
    cursor.skip();
  }

  private void nullMember(Member member) {
    if (cursor.lenient() && !member.required()) {
      return;
    }
    cursor.report(
        Problem.NULL_VALUE,
        member.required()
            ? member.jsonName() + " is null; give it a value."
            : member.jsonName() + " is null; give it a value or leave the member out.");
  }

  // A builder starts with no unknown members; setting none would still copy an empty map.
  private static <B> B withUnknownMembers(
      B builder, Map<String, String> unknownMembers, BiConsumer<B, Map<String, String>> setter) {
    if (!unknownMembers.isEmpty()) {
      setter.accept(builder, unknownMembers);
    }
    return builder;
  }

  private static <T> boolean accept(T value, Consumer<T> setter) {
    if (value == null) {
      return false;
    }
    setter.accept(value);
    return true;
  }

  private boolean modelVersion(JsonToken token) throws IOException {
    String version = values.string(token);
    if (version == null) {
      return false;
    }
    int major = ModelVersion.major(version);
    if (major < 0) {
      cursor.report(
          Problem.INVALID_VALUE,
          "The modelVersion "
              + Quoting.quote(version)
              + " is not MAJOR.MINOR, such as \""
              + ModelVersion.CURRENT
              + "\".");
      return false;
    }
    if (major != ModelVersion.SUPPORTED_MAJOR) {
      cursor.report(
          Problem.UNSUPPORTED_MODEL_VERSION,
          "The document is of model version "
              + Quoting.quote(version)
              + ", but this release of migration-model reads only version "
              + ModelVersion.SUPPORTED_MAJOR
              + ".x documents. Use a release that supports version "
              + major
              + ".");
      refused = true;
      return false;
    }
    return true;
  }

  private final class ProgrammeFields extends Fields<Programme> {
    private final Programme.Builder builder = Programme.builder();

    @Override
    boolean read(Member member, JsonToken token) throws IOException {
      return switch (member) {
        case MODEL_VERSION -> modelVersion(token);
        case ID -> accept(values.string(token), builder::id);
        case TITLE -> accept(values.string(token), builder::title);
        case DESCRIPTION -> accept(values.string(token), builder::description);
        case PERIOD -> accept(period(token), builder::period);
        case COUNTRIES, PARTNERS -> values.list(token, member, this);
        case CLASSIFICATION -> accept(classification(token), builder::classification);
        case BUDGET -> accept(budget(token), builder::budget);
        default -> throw new AssertionError(member);
      };
    }

    @Override
    public boolean element(Member list, JsonToken token) throws IOException {
      return switch (list) {
        case COUNTRIES -> accept(country(token), builder::addCountries);
        case PARTNERS -> accept(values.code(token, CodeReader.AGENCY), builder::addPartners);
        default -> throw new AssertionError(list);
      };
    }

    @Override
    Programme build(Map<String, String> unknownMembers) {
      return withUnknownMembers(builder, unknownMembers, Programme.Builder::unknownMembers).build();
    }
  }

  private final class PeriodFields extends Fields<ProgrammePeriod> {
    private LocalDate start;
    private LocalDate end;

    @Override
    boolean read(Member member, JsonToken token) throws IOException {
      return switch (member) {
        case START -> {
          start = values.date(token);
          yield start != null;
        }
        case END -> {
          end = values.date(token);
          yield end != null;
        }
        default -> throw new AssertionError(member);
      };
    }

    @Override
    ProgrammePeriod build(Map<String, String> unknownMembers) {
      return unknownMembers.isEmpty()
          ? ProgrammePeriod.of(start, end)
          : ProgrammePeriod.builder().start(start).end(end).unknownMembers(unknownMembers).build();
    }
  }

  private final class CountryFields extends Fields<ProgrammeCountry> {
    private String code;
    private CountryRole role;

    @Override
    boolean read(Member member, JsonToken token) throws IOException {
      return switch (member) {
        case CODE -> {
          code = values.string(token);
          yield code != null;
        }
        case ROLE -> {
          role = values.code(token, CodeReader.COUNTRY_ROLE);
          yield role != null;
        }
        default -> throw new AssertionError(member);
      };
    }

    @Override
    ProgrammeCountry build(Map<String, String> unknownMembers) {
      return unknownMembers.isEmpty()
          ? ProgrammeCountry.of(code, role)
          : ProgrammeCountry.builder().code(code).role(role).unknownMembers(unknownMembers).build();
    }
  }

  private final class ClassificationFields extends Fields<Classification> {
    private final Classification.Builder builder = Classification.builder();

    @Override
    boolean read(Member member, JsonToken token) throws IOException {
      return switch (member) {
        case PRIMARY_ACTIVITY ->
            accept(values.code(token, CodeReader.ACTIVITY), builder::primaryActivity);
        case DECLARED_PRIMARY_AREA ->
            accept(values.code(token, CodeReader.AREA), builder::declaredPrimaryArea);
        case SECONDARY_ACTIVITIES,
            CROSS_CUTTING_ACTIVITIES,
            THEMES,
            MODALITIES,
            DRIVERS,
            TARGET_GROUPS ->
            values.list(token, member, this);
        default -> throw new AssertionError(member);
      };
    }

    @Override
    public boolean element(Member list, JsonToken token) throws IOException {
      return switch (list) {
        case SECONDARY_ACTIVITIES ->
            accept(values.code(token, CodeReader.ACTIVITY), builder::addSecondaryActivities);
        case CROSS_CUTTING_ACTIVITIES ->
            accept(
                values.code(token, CodeReader.CROSS_CUTTING_ACTIVITY),
                builder::addCrossCuttingActivities);
        case THEMES -> accept(values.code(token, CodeReader.THEME), builder::addThemes);
        case MODALITIES -> accept(values.code(token, CodeReader.MODALITY), builder::addModalities);
        case DRIVERS -> accept(values.code(token, CodeReader.DRIVER), builder::addDrivers);
        case TARGET_GROUPS ->
            accept(values.code(token, CodeReader.POPULATION_GROUP), builder::addTargetGroups);
        default -> throw new AssertionError(list);
      };
    }

    @Override
    Classification build(Map<String, String> unknownMembers) {
      return withUnknownMembers(builder, unknownMembers, Classification.Builder::unknownMembers)
          .build();
    }
  }

  private final class BudgetFields extends Fields<Budget> {
    private final Budget.Builder builder = Budget.builder();

    @Override
    boolean read(Member member, JsonToken token) throws IOException {
      return switch (member) {
        case CURRENCY -> accept(values.string(token), builder::currency);
        case TOTAL -> accept(values.decimal(token), builder::total);
        case ALLOCATIONS -> values.list(token, member, this);
        default -> throw new AssertionError(member);
      };
    }

    @Override
    public boolean element(Member list, JsonToken token) throws IOException {
      return switch (list) {
        case ALLOCATIONS -> accept(allocation(token), builder::addAllocations);
        default -> throw new AssertionError(list);
      };
    }

    @Override
    Budget build(Map<String, String> unknownMembers) {
      return withUnknownMembers(builder, unknownMembers, Budget.Builder::unknownMembers).build();
    }
  }

  private final class AllocationFields extends Fields<Allocation> {
    private Activity activity;
    private BigDecimal share;

    @Override
    boolean read(Member member, JsonToken token) throws IOException {
      return switch (member) {
        case ACTIVITY -> {
          activity = values.code(token, CodeReader.ACTIVITY);
          yield activity != null;
        }
        case SHARE -> {
          share = values.decimal(token);
          yield share != null;
        }
        default -> throw new AssertionError(member);
      };
    }

    @Override
    Allocation build(Map<String, String> unknownMembers) {
      return unknownMembers.isEmpty()
          ? Allocation.of(activity, share)
          : Allocation.builder()
              .activity(activity)
              .share(share)
              .unknownMembers(unknownMembers)
              .build();
    }
  }
}
