package org.migrationmodel.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationmodel.fixtures.ProgrammeGenerator;
import org.migrationmodel.fixtures.SampleProgrammes;
import org.migrationmodel.programme.Programme;

class RoundTripTest {

  @Test
  void eachSampleProgrammeComesBackWithItsClassificationCountriesPeriodAndBudget() {
    assertRoundTrip(SampleProgrammes.all(), "samples");
  }

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedProgrammesComeBackUnchanged(long seed) {
    ProgrammeGenerator generator = new ProgrammeGenerator(seed);
    List<Programme> programmes = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      programmes.add(generator.next());
    }
    assertRoundTrip(programmes, "seed " + seed);
  }

  private static void assertRoundTrip(List<Programme> programmes, String origin) {
    Iati.Imported imported = Iati.read(Iati.export(programmes));
    assertThat(imported.summary().complete()).as(origin).isTrue();
    assertThat(imported.activities()).as(origin).hasSameSizeAs(programmes);
    for (int i = 0; i < programmes.size(); i++) {
      Programme original = programmes.get(i);
      ImportedActivity activity = imported.activities().get(i);
      Programme back = activity.programme();
      String what = origin + ", programme " + original.id();
      assertThat(activity.classificationSource()).as(what).isEqualTo(ClassificationSource.WRITTEN);
      assertThat(activity.findings()).as(what).isEmpty();
      assertThat(back.id()).as(what).isEqualTo(original.id());
      assertThat(back.title()).as(what).isEqualTo(original.title());
      assertThat(back.description()).as(what).isEqualTo(original.description());
      assertThat(back.classification()).as(what).isEqualTo(original.classification());
      assertThat(back.countries()).as(what).isEqualTo(original.countries());
      assertThat(back.period()).as(what).isEqualTo(original.period());
      assertThat(back.budget()).as(what).isEqualTo(original.budget());
      assertThat(back.partners()).as(what).isEqualTo(original.partners());
    }
  }
}
