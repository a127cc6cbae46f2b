package org.migrationmodel.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.SerializableTester;
import org.junit.jupiter.api.Test;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.Validator;

/** Readers and writers survive Java serialization, so that they can be shipped to workers. */
class SerializationTest {

  @Test
  void aSerializedReaderReadsWithTheSameModeLimitsAndValidator() {
    ProgrammeReader reader =
        ProgrammeReader.builder()
            .mode(ReadMode.LENIENT)
            .limits(ReadLimits.standard().withMaxStringLength(40))
            .validator(Validator.standard())
            .build();

    ProgrammeReader copy = SerializableTester.reserialize(reader);

    assertThat(copy.mode()).isEqualTo(ReadMode.LENIENT);
    assertThat(copy.limits()).isEqualTo(ReadLimits.standard().withMaxStringLength(40));
    assertThat(copy.read(Samples.maliDocument()).report().findings())
        .extracting(Finding::ruleId)
        .containsExactly("limit-exceeded");
    assertThat(
            copy.read(Samples.minimalDocument().replace("Border management", " "))
                .report()
                .findings())
        .extracting(Finding::ruleId)
        .containsExactly("title-required");
  }

  @Test
  void aSerializedWriterWritesTheSameText() {
    ProgrammeWriter writer = ProgrammeJson.writer().indented();

    assertThat(SerializableTester.reserialize(writer).write(Samples.maliProgramme()))
        .isEqualTo(writer.write(Samples.maliProgramme()));
  }

  @Test
  void theModuleIsSerializable() {
    assertThat(SerializableTester.reserialize(new MigrationModelModule()).getTypeId())
        .isEqualTo("MigrationModelModule");
  }
}
