package org.migrationmodel.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationmodel.fixtures.ProgrammeGenerator;
import org.migrationmodel.fixtures.UnknownMemberGenerator;
import org.migrationmodel.programme.Allocation;
import org.migrationmodel.programme.Budget;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.programme.ProgrammeCountry;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.CountryRole;

class UnknownMembersTest {
  private static final ProgrammeReader LENIENT =
      ProgrammeReader.builder().mode(ReadMode.LENIENT).build();
  private static final ProgrammeWriter WRITER = ProgrammeJson.writer();

  private static final String TWO_COUNTRIES =
      "{\"modelVersion\":\"1.0\",\"id\":\"P-1\",\"title\":\"T\",\"countries\":["
          + "{\"code\":\"ML\",\"role\":\"ORIGIN\",\"note\":\"first\"},"
          + "{\"code\":\"NE\",\"role\":\"TRANSIT\",\"note\":\"second\"}],"
          + "\"classification\":{\"primaryActivity\":\"BORDER_MANAGEMENT\"}}";

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @Test
  void removingTheFirstCountryKeepsTheSecondCountrysUnknownMemberOnIt() {
    Programme read = LENIENT.read(TWO_COUNTRIES).programme().orElseThrow();
    Programme withoutFirst =
        Programme.builder().from(read).countries(read.countries().subList(1, 2)).build();

    String written = WRITER.write(withoutFirst);

    assertThat(written)
        .contains("\"countries\":[{\"code\":\"NE\",\"role\":\"TRANSIT\",\"note\":\"second\"}]")
        .doesNotContain("first");
  }

  @Test
  void reversingTheCountriesMovesEachUnknownMemberWithItsCountry() {
    Programme read = LENIENT.read(TWO_COUNTRIES).programme().orElseThrow();
    Programme reversed =
        Programme.builder().from(read).countries(read.countries().reverse()).build();

    String written = WRITER.write(reversed);

    assertThat(written)
        .contains(
            "\"countries\":[{\"code\":\"NE\",\"role\":\"TRANSIT\",\"note\":\"second\"},"
                + "{\"code\":\"ML\",\"role\":\"ORIGIN\",\"note\":\"first\"}]");
  }

  @Test
  void aLenientModuleKeepsTheUnknownMembersOfAClassificationReadOnItsOwn() throws IOException {
    ObjectMapper mapper =
        new ObjectMapper().registerModule(new MigrationModelModule(ReadMode.LENIENT));

    Classification classification =
        mapper.readValue(
            "{\"primaryActivity\":\"BORDER_MANAGEMENT\",\"legacyCode\":\"BM-1\"}",
            Classification.class);

    assertThat(classification.unknownMembers()).containsExactly(entry("legacyCode", "\"BM-1\""));
    assertThat(mapper.writeValueAsString(classification))
        .isEqualTo("{\"primaryActivity\":\"BORDER_MANAGEMENT\",\"legacyCode\":\"BM-1\"}");
  }

  @Test
  void keptNumbersAreWrittenBackDigitForDigit() {
    String json =
        TWO_COUNTRIES.replace(
            "\"id\":", "\"zero\":-0.0,\"huge\":1e400,\"scaled\":[12.50,-0.001E+5],\"id\":");

    Programme read = LENIENT.read(json).programme().orElseThrow();

    assertThat(read.unknownMembers())
        .containsExactly(
            entry("zero", "-0.0"), entry("huge", "1e400"), entry("scaled", "[12.50,-0.001E+5]"));
    assertThat(WRITER.write(read))
        .endsWith(",\"zero\":-0.0,\"huge\":1e400,\"scaled\":[12.50,-0.001E+5]}");
  }

  @Test
  void charactersBeyondTheBasicPlaneAreWrittenAsUtf8NotEscapes() {
    String globe = "\uD83C\uDF0D";
    String json =
        TWO_COUNTRIES
            .replace("\"T\"", "\"T " + globe + "\"")
            .replace("\"first\"", "\"" + globe + "\"");

    String written = WRITER.write(LENIENT.read(json).programme().orElseThrow());

    assertThat(written)
        .contains("\"title\":\"T " + globe + "\"")
        .contains("\"note\":\"" + globe + "\"");
    assertThat(written.getBytes(StandardCharsets.UTF_8))
        .containsSubsequence(globe.getBytes(StandardCharsets.UTF_8));
    assertThat(written).doesNotContain("\\u").doesNotContain("\\U");
  }

  /**
   * Generated programmes with unknown members on every object, read leniently, then edited in every
   * list (an element removed, the rest reversed, a new one added): every kept member is written
   * back on its own object, its value as read.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void unknownMembersAtEveryLevelStayOnTheirObjectsThroughListEdits(long seed) {
    Programme decorated =
        new UnknownMemberGenerator(seed).addTo(new ProgrammeGenerator(seed).next());
    String document = WRITER.write(decorated);

    ReadResult read = LENIENT.read(document);

    assertThat(read.report().findings()).as("seed %s", seed).isEmpty();
    Programme programme = read.programme().orElseThrow();
    assertThat(UnknownMembersOf.all(programme))
        .as("seed %s", seed)
        .isEqualTo(UnknownMembersOf.all(decorated));

    Programme edited = edit(programme, new SplittableRandom(seed));
    String written = WRITER.write(edited);

    Programme reread = LENIENT.read(written).programme().orElseThrow();
    assertThat(reread).as("seed %s", seed).isEqualTo(edited);
    for (Map.Entry<String, String> member : UnknownMembersOf.all(edited).entrySet()) {
      String name = member.getKey().substring(member.getKey().lastIndexOf('/') + 1);
      assertThat(written).as("seed %s", seed).contains("\"" + name + "\":" + member.getValue());
    }
  }

  /** Removes an element from each list of objects, reverses what is left and adds a new one. */
  private static Programme edit(Programme programme, SplittableRandom random) {
    List<ProgrammeCountry> countries = edited(programme.countries(), random);
    countries.add(ProgrammeCountry.of("SN", CountryRole.DESTINATION));
    Programme.Builder builder = Programme.builder().from(programme).countries(countries);
    if (programme.budget().isPresent()) {
      Budget budget = programme.budget().get();
      List<Allocation> allocations = edited(budget.allocations(), random);
      allocations.add(Allocation.of(Activity.DOCUMENTATION, BigDecimal.ZERO));
      builder.budget(Budget.builder().from(budget).allocations(allocations).build());
    }
    return builder.build();
  }

  private static <T> List<T> edited(ImmutableList<T> elements, SplittableRandom random) {
    List<T> edited = new ArrayList<>(elements);
    if (!edited.isEmpty()) {
      edited.remove(random.nextInt(edited.size()));
    }
    return new ArrayList<>(Lists.reverse(edited));
  }
}
