package org.migrationmodel.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.migrationmodel.programme.Allocation;
import org.migrationmodel.programme.Budget;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.programme.ProgrammeCountry;
import org.migrationmodel.programme.ProgrammePeriod;
import org.migrationmodel.taxonomy.Term;
import org.migrationmodel.validation.Pointers;

/**
 * Writes the programme types to a Jackson generator in the document format: members in a fixed
 * order, absent optional values and empty lists left out, codes as strings, dates as ISO-8601
 * strings, decimals as JSON numbers with their scale. The same programme always gives the same
 * text. The reader's unknown members go back after the known members of their object.
 */
public final class ProgrammeEncoder {
  private ProgrammeEncoder() {}

  /**
   * Writes a programme document.
   *
   * @throws IllegalArgumentException when an unknown member cannot be placed or is not JSON; then
   *     nothing is written
   */
  public static void programme(JsonGenerator generator, Programme programme) throws IOException {
    UnknownMembers unknown = UnknownMembers.of(programme);
    generator.writeStartObject();
    string(generator, Member.MODEL_VERSION, ModelVersion.CURRENT);
    string(generator, Member.ID, programme.id());
    string(generator, Member.TITLE, programme.title());
    if (programme.description().isPresent()) {
      string(generator, Member.DESCRIPTION, programme.description().get());
    }
    if (programme.period().isPresent()) {
      generator.writeFieldName(Member.PERIOD.serialized());
      period(generator, programme.period().get(), unknown);
    }
    if (!programme.countries().isEmpty()) {
      generator.writeFieldName(Member.COUNTRIES.serialized());
      generator.writeStartArray();
      for (int i = 0; i < programme.countries().size(); i++) {
        country(generator, programme.countries().get(i), unknown, i);
      }
      generator.writeEndArray();
    }
    generator.writeFieldName(Member.CLASSIFICATION.serialized());
    classification(generator, programme.classification(), unknown);
    if (programme.budget().isPresent()) {
      generator.writeFieldName(Member.BUDGET.serialized());
      budget(generator, programme.budget().get(), unknown);
    }
    codes(generator, Member.PARTNERS, programme.partners());
    unknown.write(generator, "");
    generator.writeEndObject();
  }

  /** Writes a period object. */
  public static void period(JsonGenerator generator, ProgrammePeriod period) throws IOException {
    period(generator, period, UnknownMembers.none());
  }

  /** Writes a country object. */
  public static void country(JsonGenerator generator, ProgrammeCountry country) throws IOException {
    country(generator, country, UnknownMembers.none(), 0);
  }

  /** Writes a classification object. */
  public static void classification(JsonGenerator generator, Classification classification)
      throws IOException {
    classification(generator, classification, UnknownMembers.none());
  }

  /** Writes a budget object. */
  public static void budget(JsonGenerator generator, Budget budget) throws IOException {
    budget(generator, budget, UnknownMembers.none());
  }

  /** Writes an allocation object. */
  public static void allocation(JsonGenerator generator, Allocation allocation) throws IOException {
    allocation(generator, allocation, UnknownMembers.none(), 0);
  }

  private static void period(
      JsonGenerator generator, ProgrammePeriod period, UnknownMembers unknown) throws IOException {
    generator.writeStartObject();
    string(generator, Member.START, period.start().toString());
    string(generator, Member.END, period.end().toString());
    if (!unknown.isEmpty()) {
      unknown.write(generator, Pointers.of(Member.PERIOD.jsonName()));
    }
    generator.writeEndObject();
  }

  private static void country(
      JsonGenerator generator, ProgrammeCountry country, UnknownMembers unknown, int index)
      throws IOException {
    generator.writeStartObject();
    string(generator, Member.CODE, country.code());
    string(generator, Member.ROLE, country.role().code());
    if (!unknown.isEmpty()) {
      unknown.write(generator, Pointers.of(Member.COUNTRIES.jsonName(), index));
    }
    generator.writeEndObject();
  }

  private static void classification(
      JsonGenerator generator, Classification classification, UnknownMembers unknown)
      throws IOException {
    generator.writeStartObject();
    if (classification.primaryActivity().isPresent()) {
      string(generator, Member.PRIMARY_ACTIVITY, classification.primaryActivity().get().code());
    }
    if (classification.declaredPrimaryArea().isPresent()) {
      string(
          generator,
          Member.DECLARED_PRIMARY_AREA,
          classification.declaredPrimaryArea().get().code());
    }
    codes(generator, Member.SECONDARY_ACTIVITIES, classification.secondaryActivities());
    codes(generator, Member.CROSS_CUTTING_ACTIVITIES, classification.crossCuttingActivities());
    codes(generator, Member.THEMES, classification.themes());
    codes(generator, Member.MODALITIES, classification.modalities());
    codes(generator, Member.DRIVERS, classification.drivers());
    codes(generator, Member.TARGET_GROUPS, classification.targetGroups());
    if (!unknown.isEmpty()) {
      unknown.write(generator, Pointers.of(Member.CLASSIFICATION.jsonName()));
    }
    generator.writeEndObject();
  }

  private static void budget(JsonGenerator generator, Budget budget, UnknownMembers unknown)
      throws IOException {
    generator.writeStartObject();
    string(generator, Member.CURRENCY, budget.currency());
    decimal(generator, Member.TOTAL, budget.total());
    if (!budget.allocations().isEmpty()) {
      generator.writeFieldName(Member.ALLOCATIONS.serialized());
      generator.writeStartArray();
      for (int i = 0; i < budget.allocations().size(); i++) {
        allocation(generator, budget.allocations().get(i), unknown, i);
      }
      generator.writeEndArray();
    }
    if (!unknown.isEmpty()) {
      unknown.write(generator, Pointers.of(Member.BUDGET.jsonName()));
    }
    generator.writeEndObject();
  }

  private static void allocation(
      JsonGenerator generator, Allocation allocation, UnknownMembers unknown, int index)
      throws IOException {
    generator.writeStartObject();
    string(generator, Member.ACTIVITY, allocation.activity().code());
    decimal(generator, Member.SHARE, allocation.share());
    if (!unknown.isEmpty()) {
      unknown.write(
          generator, Pointers.of(Member.BUDGET.jsonName(), Member.ALLOCATIONS.jsonName(), index));
    }
    generator.writeEndObject();
  }

  private static void string(JsonGenerator generator, Member member, String value)
      throws IOException {
    generator.writeFieldName(member.serialized());
    generator.writeString(value);
  }

  // BigDecimal.toString keeps the scale, so the number reads back equal, scale and all.
  private static void decimal(JsonGenerator generator, Member member, BigDecimal value)
      throws IOException {
    generator.writeFieldName(member.serialized());
    generator.writeNumber(value);
  }

  private static void codes(JsonGenerator generator, Member member, List<? extends Term> terms)
      throws IOException {
    if (terms.isEmpty()) {
      return;
    }
    generator.writeFieldName(member.serialized());
    generator.writeStartArray();
    for (Term term : terms) {
      generator.writeString(term.code());
    }
    generator.writeEndArray();
  }
}
