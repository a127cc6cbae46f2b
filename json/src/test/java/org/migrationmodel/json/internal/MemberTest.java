package org.migrationmodel.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MemberTest {

  // The decoder matches the name it expects on the input's bytes; a wrong expectation would not
  // change what is read, only slow it down, so it is checked here.
  @ParameterizedTest
  @EnumSource(DocumentObject.class)
  void theMemberExpectedNextCyclesThroughAnObjectInDocumentOrder(DocumentObject object) {
    ImmutableList<Member> members = object.members();
    for (int i = 0; i < members.size(); i++) {
      assertThat(members.get(i).following())
          .as("after %s", members.get(i))
          .isEqualTo(members.get((i + 1) % members.size()));
    }
  }

  @Test
  void theLongestNameIsThatOfCrossCuttingActivities() {
    assertThat(Member.LONGEST_NAME_LENGTH)
        .isEqualTo(Member.CROSS_CUTTING_ACTIVITIES.jsonName().length())
        .isEqualTo(22);
  }
}
