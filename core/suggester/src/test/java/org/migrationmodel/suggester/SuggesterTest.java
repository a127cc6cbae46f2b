package org.migrationmodel.suggester;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migrationmodel.fixtures.Concurrently;
import org.migrationmodel.fixtures.SampleProgrammes;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.Catalogue;
import org.migrationmodel.taxonomy.CrossCuttingActivity;
import org.migrationmodel.taxonomy.PopulationGroup;
import org.migrationmodel.taxonomy.SupportedLanguage;
import org.migrationmodel.text.TermSuggestion;
import org.migrationmodel.text.TextClassification;
import org.migrationmodel.text.TextClassifier;

class SuggesterTest {
  private final Suggester suggester = Suggester.standard();

  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "ENGLISH|Women trafficked to the Gulf are identified and sheltered",
        "FRENCH|La traite des femmes vers le Golfe: identification et hébergement",
        "SPANISH|La trata de mujeres hacia el Golfo: identificación y albergue",
        "FRENCH|LA TRAITE DES ETRES HUMAINS",
        "SPANISH|trata de personas y victimas de trata"
      })
  void inflectedAccentedOrCapitalisedWordsForTraffickingPointToCounterTrafficking(
      SupportedLanguage language, String text) {
    TextClassification classification = suggester.classify(text, "", language);

    assertThat(first(classification)).isEqualTo(Activity.COUNTER_TRAFFICKING);
  }

  @Test
  void evidenceQuotesTheWordsOfTheTextAsWritten() {
    TextClassification classification =
        suggester.classify(
            "Helping Trafficked Persons",
            "Victims of trafficking receive shelter and legal aid.",
            SupportedLanguage.ENGLISH);

    TermSuggestion<Activity> top = classification.activities().get(0);
    assertThat(top.term()).isEqualTo(Activity.COUNTER_TRAFFICKING);
    assertThat(top.evidence()).contains("trafficked persons", "victims of trafficking");
  }

  /** "Digitisation" is left unstemmed: its stem is that of "digital", which any field writes. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Digitisation of the immigration service's archives|true",
        "Digitization of the immigration service's archives|true",
        "Digital skills for teachers of migrant children|false"
      })
  void digitisationPointsToTechnologyApplicationsAndDigitalDoesNot(
      String title, boolean technology) {
    TextClassification classification = suggester.classify(title, "", SupportedLanguage.ENGLISH);

    assertThat(classification.aboutMigration()).isTrue();
    assertThat(classification.activities())
        .extracting(TermSuggestion::term)
        .as("%s", classification.activities())
        .matches(terms -> terms.contains(Activity.TECHNOLOGY_APPLICATIONS) == technology);
  }

  /**
   * Spanish "familiares" is also the adjective of "huertos familiares" and "agricultura familiar":
   * it supports family reunification, as "parientes" does, and no longer points to it alone.
   */
  @Test
  void familyFarmingIsNotFamilyReunification() {
    TextClassification classification =
        suggester.classify(
            "Agricultura familiar en comunidades de origen",
            "El proyecto apoya a los migrantes retornados con huertos familiares, semillas y"
                + " capacitación en agricultura familiar.",
            SupportedLanguage.SPANISH);

    assertThat(classification.activities())
        .extracting(TermSuggestion::term)
        .contains(Activity.ASSISTED_RETURN_AND_REINTEGRATION)
        .doesNotContain(Activity.FAMILY_REUNIFICATION);
  }

  /** Camps hold refugees as often as displaced people: who is in them decides. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Clinics and medicines for refugees from the north.|ASYLUM_AND_REFUGEES",
        "Clinics and medicines for displaced families from the north.|INTERNALLY_DISPLACED_PERSONS"
      })
  void campsPointToRefugeesAndToDisplacedPeopleAlike(String description, Activity expected) {
    TextClassification classification =
        suggester.classify("Health care in the camps", description, SupportedLanguage.ENGLISH);

    assertThat(first(classification)).isEqualTo(expected);
  }

  /**
   * Shelter, relief items and water say how displaced people are helped, not who they are: the
   * people the text names decide, and internally displaced persons are kept where it names none.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ENGLISH|Emergency response for refugees|Refugees arriving from across the border receive"
            + " emergency shelter, tents, relief items and water and sanitation in the"
            + " humanitarian response.|ASYLUM_AND_REFUGEES",
        "ENGLISH|Emergency response for displaced families|Internally displaced persons receive"
            + " emergency shelter, tents, relief items and water and sanitation in the"
            + " humanitarian response.|INTERNALLY_DISPLACED_PERSONS",
        "ENGLISH|Emergency response after the fighting|Families receive emergency shelter, tents,"
            + " relief items and water and sanitation in the humanitarian response, with the"
            + " help of IOM.|INTERNALLY_DISPLACED_PERSONS",
        "FRENCH|Réponse d'urgence pour les réfugiés|Les réfugiés arrivés du pays voisin reçoivent"
            + " des abris d'urgence, des tentes et des articles non alimentaires dans la réponse"
            + " humanitaire.|ASYLUM_AND_REFUGEES",
        "SPANISH|Respuesta de emergencia para refugiados|Los refugiados llegados del país vecino"
            + " reciben refugio de emergencia, carpas y artículos no alimentarios en la respuesta"
            + " humanitaria.|ASYLUM_AND_REFUGEES",
        "SPANISH|Respuesta de emergencia para desplazados internos|Las personas desplazadas"
            + " internas reciben refugio de emergencia, carpas y artículos no alimentarios en la"
            + " respuesta humanitaria.|INTERNALLY_DISPLACED_PERSONS"
      })
  void theHumanitarianResponseCountsForThePeopleTheTextNames(
      SupportedLanguage language, String title, String description, Activity expected) {
    TextClassification classification = suggester.classify(title, description, language);

    assertThat(first(classification)).isEqualTo(expected);
    assertThat(classification.activities().get(0).evidence()).hasSizeGreaterThan(2);
  }

  /**
   * Relocation moves people to another country, as the European Union's relocation of asylum
   * seekers does, or within their own, as a planned relocation away from floods does.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Asylum seekers are relocated from Greece to a receiving country.|RESETTLEMENT",
        "Families displaced by floods are relocated within the country.|INTERNALLY_DISPLACED_PERSONS"
      })
  void relocationPointsToResettlementAndToDisplacedPeopleAlike(
      String description, Activity expected) {
    TextClassification classification =
        suggester.classify("Relocation support", description, SupportedLanguage.ENGLISH);

    assertThat(first(classification)).isEqualTo(expected);
    assertThat(classification.activities().get(0).evidence()).contains("relocation");
  }

  @Test
  void aPhraseCountsOnceAndItsWordsDoNotCountAgainForOtherActivities() {
    TextClassification classification =
        suggester.classify("", "Return of qualified nationals.", SupportedLanguage.ENGLISH);

    assertThat(classification.activities())
        .extracting(TermSuggestion::term)
        .containsExactly(Activity.RETURN_OF_QUALIFIED_NATIONALS);
    assertThat(classification.activities().get(0).evidence())
        .containsExactly("return of qualified nationals");
  }

  @Test
  void aPhraseInTheTitleWeighsMoreThanTheSamePhraseInTheDescription() {
    double inTitle =
        suggester
            .classify("Border management", "", SupportedLanguage.ENGLISH)
            .activities()
            .get(0)
            .confidence();
    double inDescription =
        suggester
            .classify("", "Border management", SupportedLanguage.ENGLISH)
            .activities()
            .get(0)
            .confidence();

    assertThat(inTitle).isGreaterThan(inDescription);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ENGLISH|The project supports the return of migrants to their country of origin with counselling.",
        "FRENCH|Le projet appuie le retour des migrants dans leur pays d'origine avec un conseil.",
        "SPANISH|El proyecto apoya el retorno de los migrantes a su país de origen con asesoramiento."
      })
  void theLanguageIsDetectedFromTheText(SupportedLanguage expected, String text) {
    assertThat(suggester.classify("", text).language()).contains(expected);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "SPANISH|Lucha contra la trata de personas en Guatemala|COUNTER_TRAFFICKING",
        "SPANISH|Apoyo a migrantes retornados en Honduras|ASSISTED_RETURN_AND_REINTEGRATION",
        "ENGLISH|Counter-trafficking capacity building|COUNTER_TRAFFICKING",
        "ENGLISH|Counter-trafficking hotline in El Salvador|COUNTER_TRAFFICKING",
        "SPANISH|Retorno de migrantes desde los Estados Unidos|ASSISTED_RETURN_AND_REINTEGRATION"
      })
  void aTitleWithFewerThanTwoFunctionWordsIsReadInTheLanguageThatFindsMost(
      SupportedLanguage expected, String title, Activity activity) {
    TextClassification classification = suggester.classify(title, "");

    assertThat(classification.language()).contains(expected);
    assertThat(classification.activities())
        .first()
        .extracting(TermSuggestion::term)
        .isEqualTo(activity);
  }

  @ParameterizedTest(name = "\"{0}\" / \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        // "crisis" and "disasters" support internally displaced persons
        "Psychosocial care for refugees in Jordan|Funding line: man-made crisis and natural"
            + " disasters.",
        // "financial" and "bank" support remittances
        "Contribution to the programme budget of the refugee agency|A financial contribution, paid"
            + " through the bank of the donor."
      })
  void twoSupportingWordsDoNotListAnActivityBesideOneWithEvidence(String title, String text) {
    TextClassification classification = suggester.classify(title, text);

    assertThat(first(classification, 3)).containsExactly(Activity.ASYLUM_AND_REFUGEES);
    assertThat(classification.isConfident()).isFalse();
  }

  @Test
  void threeSupportingWordsListAnActivityBesideOneWithEvidence() {
    TextClassification classification =
        suggester.classify(
            "Swedish for newly arrived adults",
            "Evening classes and weekend lessons for family members of workers.");

    assertThat(first(classification, 3))
        .contains(Activity.LANGUAGE_TRAINING, Activity.FAMILY_REUNIFICATION);
  }

  @Test
  void textWithoutAnyKnownWordGivesNoActivityAndNoConfidence() {
    TextClassification classification = suggester.classify("", "");

    assertThat(classification.aboutMigration()).isFalse();
    assertThat(classification.activities()).isEmpty();
    assertThat(classification.crossCuttingActivities()).isEmpty();
    assertThat(classification.targetGroups()).isEmpty();
    assertThat(classification.isConfident()).isFalse();
    assertThat(classification.language()).contains(SupportedLanguage.ENGLISH);
  }

  @Test
  void crossCuttingActivitiesAndTargetGroupsComeOnlyWhereTheTextNamesThem() {
    TextClassification classification =
        suggester.classify(
            "Shelters for victims of trafficking",
            "The project runs awareness-raising campaigns on radio and trains officials in"
                + " capacity-building workshops; victims of trafficking receive psychosocial"
                + " support.",
            SupportedLanguage.ENGLISH);

    assertThat(classification.crossCuttingActivities())
        .extracting(TermSuggestion::term)
        .contains(
            CrossCuttingActivity.PUBLIC_INFORMATION_AND_EDUCATION,
            CrossCuttingActivity.TECHNICAL_COOPERATION_AND_CAPACITY_BUILDING)
        .doesNotContain(CrossCuttingActivity.GENDER_DIMENSION);
    assertThat(classification.targetGroups())
        .extracting(TermSuggestion::term)
        .contains(PopulationGroup.VICTIMS_OF_TRAFFICKING)
        .doesNotContain(PopulationGroup.REFUGEES);
    // Reported from the score at which support is as likely as not.
    assertThat(classification.crossCuttingActivities())
        .allSatisfy(s -> assertThat(s.confidence()).isGreaterThanOrEqualTo(0.5));
  }

  @Test
  void activitiesAreRankedByConfidenceAndEachHasEvidence() {
    TextClassification classification = suggester.classify(SampleProgrammes.labourMobility());

    List<Double> confidences =
        classification.activities().stream().map(TermSuggestion::confidence).toList();
    assertThat(confidences).isNotEmpty().isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(classification.activities()).allSatisfy(s -> assertThat(s.evidence()).isNotEmpty());
  }

  @Test
  void everySampleProgrammeHasItsPrimaryActivityAmongTheFirstThree() {
    for (Programme programme : SampleProgrammes.all()) {
      assertThat(first(suggester.classify(programme), 3))
          .as(programme.id())
          .contains(programme.classification().primaryActivity().orElseThrow());
    }
  }

  @Test
  void suggestionsFromManyThreadsEqualThoseFromOne() throws Exception {
    ImmutableList<LabelledSet.Programme> programmes = LabelledSet.read();
    List<String> alone =
        programmes.stream()
            .map(p -> suggester.classify(p.title(), p.description()).toString())
            .toList();

    List<String> together =
        Concurrently.map(
            programmes, 4, p -> suggester.classify(p.title(), p.description()).toString());

    assertThat(together).isEqualTo(alone);
  }

  @Test
  void sameTextGivesTheSameSuggestionsEveryTime() {
    List<TextClassification> runs =
        IntStream.range(0, 3)
            .mapToObj(i -> suggester.classify(SampleProgrammes.counterTrafficking()))
            .toList();

    assertThat(runs).containsOnly(runs.get(0));
  }

  @Test
  void knowledgeIsWrittenForTheStandardCatalogue() {
    assertThat(suggester.catalogueVersion()).isEqualTo(Catalogue.standard().version());
  }

  @Test
  void asATextClassifierItRanksActivitiesWithConfidencesThatAddUpToOneAtMost() {
    TextClassifier classifier = Suggester.standard();

    TextClassification classification =
        classifier.classify(
            "Protecting victims of trafficking",
            "Victims of trafficking in persons receive shelter, legal aid and help to go home.");

    assertThat(classification.aboutMigration()).isTrue();
    assertThat(classification.language()).contains(SupportedLanguage.ENGLISH);
    assertThat(classification.activities().get(0).term()).isEqualTo(Activity.COUNTER_TRAFFICKING);
    assertThat(classification.activities().stream().mapToDouble(TermSuggestion::confidence).sum())
        .isLessThanOrEqualTo(1.0 + 1e-9);
    assertThat(classification.activities().get(0).evidence()).contains("victims of trafficking");
  }

  @Test
  void asATextClassifierItSuggestsNothingForATextThatNamesNoActivity() {
    TextClassification classification = Suggester.standard().classify("", "");

    assertThat(classification.aboutMigration()).isFalse();
    assertThat(classification.activities()).isEmpty();
    assertThat(classification.targetGroups()).isEmpty();
  }

  private static Activity first(TextClassification classification) {
    assertThat(classification.activities()).as("activities of %s", classification).isNotEmpty();
    return classification.activities().get(0).term();
  }

  private static List<Activity> first(TextClassification classification, int count) {
    return classification.activities().stream().limit(count).map(TermSuggestion::term).toList();
  }
}
