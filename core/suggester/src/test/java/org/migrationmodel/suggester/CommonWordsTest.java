package org.migrationmodel.suggester;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Splitter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.PopulationGroup;
import org.migrationmodel.taxonomy.SupportedLanguage;
import org.migrationmodel.text.TermSuggestion;
import org.migrationmodel.text.TextClassification;

/**
 * No single common word carries a suggestion: in a text that is about migration ("Migrants") and
 * says nothing else, one supporting word (a tier-1 phrase of one word) gives no activity, nor do
 * the words real programme texts use for any purpose.
 */
class CommonWordsTest {
  private static final Suggester SUGGESTER = Suggester.standard();
  private static final TextAnalysis ANALYSIS = new TextAnalysis();
  private static final Map<SupportedLanguage, String> MIGRANTS =
      Map.of(
          SupportedLanguage.ENGLISH, "Migrants",
          SupportedLanguage.FRENCH, "Migrants",
          SupportedLanguage.SPANISH, "Migrantes");

  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "ENGLISH|lives",
        "ENGLISH|in-kind",
        "ENGLISH|life-saving",
        "ENGLISH|for good",
        "ENGLISH|good",
        "ENGLISH|status",
        "ENGLISH|outbreak",
        "ENGLISH|livelihood",
        "ENGLISH|livelihoods",
        "ENGLISH|services",
        "ENGLISH|support",
        "ENGLISH|communities",
        "ENGLISH|information",
        "ENGLISH|national",
        "ENGLISH|protection",
        "ENGLISH|emergency",
        "ENGLISH|cooperation",
        "ENGLISH|international",
        // the health system's words for its staff and a country's skills, whoever stays
        // livelihoods work of any programme, not the targeted assistance of areas of emigration
        "ENGLISH|income generation",
        "FRENCH|génération de revenus",
        "SPANISH|generación de ingresos",
        "ENGLISH|the national health workforce",
        "ENGLISH|human capital",
        // mixed flows carry refugees and migrants alike: who is served, not what is done
        "ENGLISH|mixed migration flows",
        // words that Porter stems as a phrase's word of another sense
        "ENGLISH|the economies of transition countries",
        "ENGLISH|universal health coverage and universal access",
        "ENGLISH|three strands of work and two strands of funding",
        "FRENCH|relever les défis, ce qui relève de la compétence des communes",
        "FRENCH|la mise en place des emplois",
        "FRENCH|flux mixtes",
        "SPANISH|movimientos mixtos",
        "FRENCH|vies",
        "FRENCH|statut",
        "FRENCH|épidémie",
        "FRENCH|moyens de subsistance",
        "FRENCH|exploitation",
        "FRENCH|traitement",
        "FRENCH|coopération",
        "FRENCH|affaires étrangères",
        "SPANISH|vidas",
        "SPANISH|estatus",
        "SPANISH|brote",
        "SPANISH|medios de vida",
        "SPANISH|recursos",
        "SPANISH|se trata de",
        "SPANISH|cooperación",
        "SPANISH|relaciones exteriores",
        "SPANISH|capital humano",
        "FRENCH|capital humain"
      })
  void aCommonWordOfProgrammeTextsGivesNoActivity(SupportedLanguage language, String word) {
    assertThat(activities(language, word)).isEmpty();
  }

  /**
   * Words that share their stem with a group's word: "intern", "depend", "emigr", "skill",
   * "cientif".
   */
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "ENGLISH|international",
        "ENGLISH|internal",
        "ENGLISH|depends",
        "ENGLISH|emigration",
        "ENGLISH|skills training and skills certification",
        "ENGLISH|emigration of the young and emigration of the old",
        "FRENCH|l'émigration des jeunes et l'émigration des anciens",
        "SPANISH|la emigración de los jóvenes y la emigración de los mayores",
        "SPANISH|un estudio de mercado",
        "FRENCH|l'émigration",
        "SPANISH|emigración",
        "SPANISH|Sociedad Científica",
        "ENGLISH|engineering studies for the engineering works",
        "ENGLISH|research, research and official statistics",
        "SPANISH|la investigación y los resultados de la investigación"
      })
  void aWordThatSharesAGroupsStemListsNoTargetGroup(SupportedLanguage language, String word) {
    TextClassification classification = SUGGESTER.classify(MIGRANTS.get(language), word, language);

    assertThat(classification.aboutMigration()).isTrue();
    assertThat(classification.targetGroups()).isEmpty();
  }

  /**
   * Words that share their stem with a cross-cutting activity's word, or have another sense:
   * "integrated" (an integrated approach), "integral" and "integrity" as "integration" in each
   * language, Spanish "generación" as "género", French "genre" (a kind of thing).
   */
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "ENGLISH|an integrated approach and integrated support, integrated and integral",
        "ENGLISH|the integrity of documents and the integrity of data",
        "FRENCH|une approche intégrée, une réponse intégrale et l'intégrité des données",
        "SPANISH|un enfoque integrado, una atención integrada y la integridad de los datos",
        "SPANISH|generar empleo y la generación de ingresos para las nuevas generaciones",
        "FRENCH|ce genre de projet"
      })
  void aWordOfAnotherSenseListsNoCrossCuttingActivity(
      SupportedLanguage language, String description) {
    TextClassification classification =
        SUGGESTER.classify(MIGRANTS.get(language), description, language);

    assertThat(classification.aboutMigration()).isTrue();
    assertThat(classification.crossCuttingActivities()).isEmpty();
  }

  /** The phrases written with a word left unstemmed still match it in a text. */
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "ENGLISH|Integrated border management at the points of entry|BORDER_MANAGEMENT",
        "ENGLISH|Assistance to stranded migrants|STRANDED_MIGRANTS",
        "ENGLISH|Transition and recovery in the districts of return|TRANSITION_AND_RECOVERY",
        "FRENCH|Gestion intégrée des frontières|BORDER_MANAGEMENT",
        "FRENCH|Transition et relèvement|TRANSITION_AND_RECOVERY",
        "SPANISH|Gestión integrada de fronteras|BORDER_MANAGEMENT",
        "SPANISH|Refugio de emergencia para refugiados|ASYLUM_AND_REFUGEES"
      })
  void aPhraseWithAWordLeftUnstemmedStillMatches(
      SupportedLanguage language, String title, Activity activity) {
    TextClassification classification =
        SUGGESTER.classify(title, MIGRANTS.get(language) + ".", language);

    assertThat(classification.activities()).extracting(TermSuggestion::term).contains(activity);
  }

  /** The groups' own words, left unstemmed, still name them. */
  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "SPANISH|Becas para estudiantes y para un estudiante con discapacidad|STUDENTS_AND_TRAINEES",
        "ENGLISH|Grants for researchers returning home and for researchers abroad"
            + "|HIGHLY_SKILLED_MIGRANTS",
        "ENGLISH|Training for government officials and border officials|GOVERNMENT_OFFICIALS",
        "SPANISH|Becas para investigadores y redes de investigadores en el exterior"
            + "|HIGHLY_SKILLED_MIGRANTS",
        "ENGLISH|Emigrants and their associations invest at home|DIASPORA",
        "FRENCH|Les émigrés et leurs associations investissent au pays|DIASPORA",
        "SPANISH|Los emigrantes y sus asociaciones invierten en su país|DIASPORA"
      })
  void theWordsOfAGroupLeftUnstemmedStillNameIt(
      SupportedLanguage language, String description, PopulationGroup group) {
    TextClassification classification =
        SUGGESTER.classify(MIGRANTS.get(language), description, language);

    assertThat(classification.targetGroups()).extracting(TermSuggestion::term).contains(group);
  }

  @ParameterizedTest
  @EnumSource(SupportedLanguage.class)
  void noSupportingWordOfTheKnowledgeGivesAnActivityAlone(SupportedLanguage language) {
    List<String> words = supportingWords(language);

    assertThat(words).hasSizeGreaterThan(50);
    for (String word : words) {
      assertThat(activities(language, word)).as("\"%s\" in %s", word, language).isEmpty();
    }
  }

  private static List<String> activities(SupportedLanguage language, String description) {
    TextClassification classification =
        SUGGESTER.classify(MIGRANTS.get(language), description, language);
    assertThat(classification.aboutMigration()).isTrue();
    return classification.activities().stream().map(s -> s.term().code()).toList();
  }

  /**
   * The tier-1 phrases of the activities in a language that are one word once analysed and that no
   * activity lists at a higher tier.
   */
  private static List<String> supportingWords(SupportedLanguage language) {
    Map<String, String> supporting = new HashMap<>();
    Set<String> strong = new HashSet<>();
    boolean inActivity = false;
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                Knowledge.class.getResourceAsStream(Knowledge.RESOURCE), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("[")) {
          inActivity = line.startsWith("[Activity.");
        } else if (inActivity && line.startsWith(language.tag() + " ")) {
          boolean supports = line.startsWith(language.tag() + " 1:");
          for (String phrase :
              Splitter.on(';').trimResults().omitEmptyStrings().split(line.substring(5))) {
            String[] stems = ANALYSIS.analyse(phrase, language).stems;
            if (!supports) {
              strong.add(String.join(" ", stems));
            } else if (stems.length == 1) {
              supporting.put(stems[0], phrase);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    supporting.keySet().removeAll(strong);
    return new ArrayList<>(supporting.values());
  }
}
