package org.migrationmodel.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.migrationmodel.MigrationModelException;
import org.migrationmodel.programme.Allocation;
import org.migrationmodel.programme.Budget;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.programme.ProgrammeCountry;

/**
 * Checks and writes the unknown members that each object of a programme carries. A member whose
 * name the format uses in that object, or whose value is not one JSON value, cannot be written
 * without losing or corrupting data: {@link #check} refuses it before anything is written.
 */
final class UnknownMembers {
  private UnknownMembers() {}

  /**
   * Checks the unknown members of every object of a programme.
   *
   * @throws MigrationModelException when one cannot be written
   */
  static void check(Programme programme) {
    check(DocumentObject.PROGRAMME, programme.unknownMembers());
    check(DocumentObject.CLASSIFICATION, programme.classification().unknownMembers());
    programme.period().ifPresent(period -> check(DocumentObject.PERIOD, period.unknownMembers()));
    for (ProgrammeCountry country : programme.countries()) {
      check(DocumentObject.COUNTRY, country.unknownMembers());
    }
    programme.budget().ifPresent(UnknownMembers::check);
  }

  /**
   * Checks the unknown members of a budget and its allocations.
   *
   * @throws MigrationModelException when one cannot be written
   */
  static void check(Budget budget) {
    check(DocumentObject.BUDGET, budget.unknownMembers());
    for (Allocation allocation : budget.allocations()) {
      check(DocumentObject.ALLOCATION, allocation.unknownMembers());
    }
  }

  /**
   * Checks the unknown members of one object.
   *
   * @throws MigrationModelException when one cannot be written
   */
  static void check(DocumentObject object, Map<String, String> members) {
    for (Map.Entry<String, String> member : members.entrySet()) {
      if (object.find(member.getKey()) != null) {
        throw new MigrationModelException(
            "The unknown member "
                + Quoting.quote(member.getKey())
                + " of a "
                + object.noun()
                + " cannot be written: the format uses that name for the "
                + object.noun()
                + "'s own "
                + member.getKey()
                + ".");
      }
      checkJsonValue(object, member.getKey(), member.getValue());
    }
  }

  /** Writes the members, already checked, each value as it was read. */
  static void write(JsonGenerator generator, Map<String, String> members) throws IOException {
    for (Map.Entry<String, String> member : members.entrySet()) {
      generator.writeFieldName(member.getKey());
      try (JsonParser parser = JsonFactories.forReadingDefault().createParser(member.getValue())) {
        parser.nextToken();
        ExactCopy.value(parser, generator, parser::nextToken);
      }
    }
  }

  private static void checkJsonValue(DocumentObject object, String name, String json) {
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
    throw new MigrationModelException(
        "The unknown member "
            + Quoting.quote(name)
            + " of a "
            + object.noun()
            + " cannot be written: its value is not one JSON value.");
  }
}
