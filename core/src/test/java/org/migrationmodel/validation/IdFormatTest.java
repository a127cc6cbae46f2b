package org.migrationmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationmodel.validation.Reported.finding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationmodel.fixtures.SampleProgrammes;
import org.migrationmodel.programme.Programme;

class IdFormatTest {

  private static Programme withId(String id) {
    return Programme.builder().from(SampleProgrammes.counterTrafficking()).id(id).build();
  }

  /** The ids of activities that IATI publishers wrote, without their organisation prefix. */
  @ParameterizedTest(name = "\"{0}\" is accepted")
  @ValueSource(strings = {"GGProj:17127", "A-05913-02:UG", "MU.0002", "2020/42807/0", "ECHO_X"})
  void theIdsOfIatiActivitiesAreAccepted(String id) {
    assertThat(Reported.by(withId(id))).isEmpty();
  }

  @Test
  void anIdOfSixtyFourCharactersIsAccepted() {
    assertThat(Reported.by(withId("A".repeat(64)))).isEmpty();
  }

  @Test
  void anIdOfSixtyFiveCharactersIsAnErrorGivingItsLength() {
    Programme tooLong = withId("A".repeat(65));

    assertThat(Reported.by(tooLong))
        .containsExactly(finding(StandardRule.ID_FORMAT, Severity.ERROR, "/id"));
    assertThat(Reported.messages(StandardRule.ID_FORMAT, tooLong))
        .containsExactly("The id is 65 characters long; shorten it to at most 64.");
  }

  @ParameterizedTest(name = "\"{0}\" is rejected")
  @ValueSource(strings = {"", " ", "P 1", "P#1", "P\u00e91"})
  void aBlankIdOrOneWithOtherCharactersIsAnError(String id) {
    assertThat(Reported.by(withId(id)))
        .containsExactly(finding(StandardRule.ID_FORMAT, Severity.ERROR, "/id"));
  }

  @Test
  void theFirstCharacterPastAsciiIsRejectedLikeAnyOther() {
    // U+0080 is the first character outside the table of allowed ASCII characters.
    Programme pastAscii = withId("P\u00801");

    assertThat(Reported.by(pastAscii))
        .containsExactly(finding(StandardRule.ID_FORMAT, Severity.ERROR, "/id"));
    assertThat(Reported.messages(StandardRule.ID_FORMAT, pastAscii))
        .singleElement()
        .asString()
        .endsWith(
            "contains characters other than letters, digits, '.', '_', '-' and '/'; remove or"
                + " replace them.");
  }
}
