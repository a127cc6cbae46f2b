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

/**
 * Writes the programme types to a Jackson generator in the document format: members in a fixed
 * order, absent optional values and empty lists left out, codes as strings, dates as ISO-8601
 * strings, decimals as JSON numbers with their scale. The same programme always gives the same
 * text. Each object's unknown members go back after its known members, their values as read.
 */
public final class ProgrammeEncoder {
  private ProgrammeEncoder() {}

  /**
   * Writes a programme document.
   *
   * @throws org.migrationmodel.MigrationModelException when an unknown member cannot be written;
   *     then nothing is written
   */
  public static void programme(JsonGenerator generator, Programme programme) throws IOException {
    UnknownMembers.check(programme);
    generator.writeStartObject();
    string(generator, Member.MODEL_VERSION, ModelVersion.CURRENT);
    string(generator, Member.ID, programme.id());
    string(generator, Member.TITLE, programme.title());
    if (programme.description().isPresent()) {
      string(generator, Member.DESCRIPTION, programme.description().get());
    }
    if (programme.period().isPresent()) {
      generator.writeFieldName(Member.PERIOD.serialized());
      writePeriod(generator, programme.period().get());
    }
    if (!programme.countries().isEmpty()) {
      generator.writeFieldName(Member.COUNTRIES.serialized());
      generator.writeStartArray();
      for (ProgrammeCountry country : programme.countries()) {
        writeCountry(generator, country);
      }
      generator.writeEndArray();
    }
    generator.writeFieldName(Member.CLASSIFICATION.serialized());
    writeClassification(generator, programme.classification());
    if (programme.budget().isPresent()) {
      generator.writeFieldName(Member.BUDGET.serialized());
      writeBudget(generator, programme.budget().get());
    }
    codes(generator, Member.PARTNERS, programme.partners());
    UnknownMembers.write(generator, programme.unknownMembers());
    generator.writeEndObject();
  }

  /** Writes a period object; refuses, before writing, unknown members that cannot be written. */
  public static void period(JsonGenerator generator, ProgrammePeriod period) throws IOException {
    UnknownMembers.check(DocumentObject.PERIOD, period.unknownMembers());
    writePeriod(generator, period);
  }

  /** Writes a country object; refuses, before writing, unknown members that cannot be written. */
  public static void country(JsonGenerator generator, ProgrammeCountry country) throws IOException {
    UnknownMembers.check(DocumentObject.COUNTRY, country.unknownMembers());
    writeCountry(generator, country);
  }

  /**
   * Writes a classification object; refuses, before writing, unknown members that cannot be
   * written.
   */
  public static void classification(JsonGenerator generator, Classification classification)
      throws IOException {
    UnknownMembers.check(DocumentObject.CLASSIFICATION, classification.unknownMembers());
    writeClassification(generator, classification);
  }

  /** Writes a budget object; refuses, before writing, unknown members that cannot be written. */
  public static void budget(JsonGenerator generator, Budget budget) throws IOException {
    UnknownMembers.check(budget);
    writeBudget(generator, budget);
  }

  /**
   * Writes an allocation object; refuses, before writing, unknown members that cannot be written.
   */
  public static void allocation(JsonGenerator generator, Allocation allocation) throws IOException {
    UnknownMembers.check(DocumentObject.ALLOCATION, allocation.unknownMembers());
    writeAllocation(generator, allocation);
  }

  private static void writePeriod(JsonGenerator generator, ProgrammePeriod period)
      throws IOException {
    generator.writeStartObject();
    string(generator, Member.START, period.start().toString());
    string(generator, Member.END, period.end().toString());
    UnknownMembers.write(generator, period.unknownMembers());
    generator.writeEndObject();
  }

  private static void writeCountry(JsonGenerator generator, ProgrammeCountry country)
      throws IOException {
    generator.writeStartObject();
    string(generator, Member.CODE, country.code());
    string(generator, Member.ROLE, country.role().code());
    UnknownMembers.write(generator, country.unknownMembers());
    generator.writeEndObject();
  }

  private static void writeClassification(JsonGenerator generator, Classification classification)
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
    UnknownMembers.write(generator, classification.unknownMembers());
    generator.writeEndObject();
  }

  private static void writeBudget(JsonGenerator generator, Budget budget) throws IOException {
    generator.writeStartObject();
    string(generator, Member.CURRENCY, budget.currency());
    decimal(generator, Member.TOTAL, budget.total());
    if (!budget.allocations().isEmpty()) {
      generator.writeFieldName(Member.ALLOCATIONS.serialized());
      generator.writeStartArray();
      for (Allocation allocation : budget.allocations()) {
        writeAllocation(generator, allocation);
      }
      generator.writeEndArray();
    }
    UnknownMembers.write(generator, budget.unknownMembers());
    generator.writeEndObject();
  }

  private static void writeAllocation(JsonGenerator generator, Allocation allocation)
      throws IOException {
    generator.writeStartObject();
    string(generator, Member.ACTIVITY, allocation.activity().code());
    decimal(generator, Member.SHARE, allocation.share());
    UnknownMembers.write(generator, allocation.unknownMembers());
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
