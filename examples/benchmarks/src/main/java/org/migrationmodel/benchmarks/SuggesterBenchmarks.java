package org.migrationmodel.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.migrationmodel.fixtures.SampleProgrammes;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.suggester.Suggester;
import org.migrationmodel.suggester.SuggesterRules;
import org.migrationmodel.text.TextClassification;
import org.migrationmodel.validation.ValidationReport;
import org.migrationmodel.validation.Validator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Classifications per second for a title and a description of about 60 words, in each language, and
 * for the 258 real descriptions IOM published to IATI ({@code iom-descriptions.ndjson}, 690
 * characters on average, its source beside it), side by side with validating a programme with the
 * standard validator, and with the validator that adds the suggester's consistency rule. The
 * suggester and validators are built once and shared.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class SuggesterBenchmarks {
  private static final Suggester SUGGESTER = Suggester.standard();
  private static final Validator STANDARD = Validator.standard();
  private static final Validator WITH_CHECK =
      SuggesterRules.withConsistencyCheck(Validator.builder()).build();
  private static final Programme PROGRAMME = SampleProgrammes.counterTrafficking();

  /** The title and description {@link #suggest} reads, in one of the three languages. */
  @State(Scope.Benchmark)
  public static class Text {
    /** The language of the text. */
    @Param({"en", "fr", "es"})
    public String lang;

    String title;
    String description;

    /** Picks the text of the language. */
    @Setup
    public void pick() {
      switch (lang) {
        case "fr" -> {
          title = "Protection des victimes de la traite en Afrique de l'Ouest";
          description =
              "Le projet renforce l'identification des victimes de la traite des êtres humains aux"
                  + " frontières du Niger et du Mali, finance des foyers d'accueil et une assistance"
                  + " juridique, forme les policiers et les magistrats aux enquêtes contre les"
                  + " trafiquants et appuie le retour volontaire des victimes qui le souhaitent,"
                  + " avec un suivi psychosocial et une aide à la réinsertion économique dans leur"
                  + " communauté d'origine.";
        }
        case "es" -> {
          title = "Protección de víctimas de trata en Centroamérica";
          description =
              "El proyecto fortalece la identificación de víctimas de trata de personas en los"
                  + " pasos fronterizos entre Guatemala y México, financia albergues y asistencia"
                  + " legal, capacita a policías y fiscales en la investigación de los tratantes y"
                  + " apoya el retorno voluntario de las víctimas que lo desean, con acompañamiento"
                  + " psicosocial y apoyo a su reintegración económica en su comunidad de origen.";
        }
        default -> {
          title = "Protecting victims of trafficking in West Africa";
          description =
              "The project strengthens the identification of victims of trafficking in persons at"
                  + " the borders of Niger and Mali, funds shelters and legal aid, trains police"
                  + " officers and judges to investigate traffickers, and supports the voluntary"
                  + " return of victims who wish to go home, with psychosocial follow-up and help"
                  + " to rebuild a livelihood in their community of origin over the following year.";
        }
      }
    }
  }

  /** The real IOM texts, taken one after another by each benchmark thread. */
  @State(Scope.Thread)
  public static class IomTexts {
    static final String RESOURCE = "iom-descriptions.ndjson";

    String[] titles;
    String[] descriptions;
    int next;

    /** Reads the texts. */
    @Setup
    public void read() {
      List<String[]> texts = new ArrayList<>();
      ObjectMapper mapper = new ObjectMapper();
      InputStream in = SuggesterBenchmarks.class.getResourceAsStream(RESOURCE);
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the benchmarks jar");
      }
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = reader.readLine()) != null) {
          JsonNode text = mapper.readTree(line);
          texts.add(new String[] {text.get("title").asText(), text.get("description").asText()});
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      titles = texts.stream().map(t -> t[0]).toArray(String[]::new);
      descriptions = texts.stream().map(t -> t[1]).toArray(String[]::new);
    }
  }

  /** The classification of the ~60-word text, its language identified. */
  @Benchmark
  public TextClassification suggest(Text text) {
    return SUGGESTER.classify(text.title, text.description);
  }

  /** The classification of one real IOM text, the next in turn: texts per second. */
  @Benchmark
  public TextClassification iomDescriptions(IomTexts texts) {
    int i = texts.next;
    texts.next = i + 1 == texts.titles.length ? 0 : i + 1;
    return SUGGESTER.classify(texts.titles[i], texts.descriptions[i]);
  }

  /** The baseline: the standard validator on a sample programme (counter-trafficking). */
  @Benchmark
  public ValidationReport validationAlone() {
    return STANDARD.validate(PROGRAMME);
  }

  /** The same validation with the suggester's consistency rule added. */
  @Benchmark
  public ValidationReport validationWithConsistencyCheck() {
    return WITH_CHECK.validate(PROGRAMME);
  }
}
