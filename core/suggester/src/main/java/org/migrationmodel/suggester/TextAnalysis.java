package org.migrationmodel.suggester;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.migrationmodel.taxonomy.SupportedLanguage;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * Turns text into the word stems the knowledge is matched on: words split by Unicode rules, French
 * elisions ("l'", "d'") removed, case folded, English words spelled the American way ({@link
 * AmericanSpellingFilter}), the language's stop words dropped, words stemmed (Porter for English,
 * Snowball for French and Spanish), and accents folded last so that text typed without accents
 * meets the same stems. Thread-safe: Lucene keeps one token stream per thread.
 */
final class TextAnalysis {
  private final Map<SupportedLanguage, Analyzer> analyzers = new EnumMap<>(SupportedLanguage.class);

  TextAnalysis() {
    for (SupportedLanguage language : SupportedLanguage.values()) {
      analyzers.put(language, new LanguageAnalyzer(language));
    }
  }

  /**
   * Analyses a text.
   *
   * @param text the text; not null
   * @param language its language; not null
   * @return the stems in text order, with the span of text each came from
   */
  AnalysedText analyse(String text, SupportedLanguage language) {
    List<String> stems = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    try (TokenStream stream = analyzers.get(language).tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        stems.add(term.toString());
        spans.add(new int[] {offset.startOffset(), offset.endOffset()});
      }
      stream.end();
    } catch (IOException e) {
      // Reading a String cannot fail; a failure here is a defect, not bad input.
      throw new UncheckedIOException(e);
    }
    int[] starts = new int[spans.size()];
    int[] ends = new int[spans.size()];
    for (int i = 0; i < spans.size(); i++) {
      starts[i] = spans.get(i)[0];
      ends[i] = spans.get(i)[1];
    }
    return new AnalysedText(text, stems.toArray(new String[0]), starts, ends);
  }

  /**
   * Words left unstemmed, since their stem is that of words of other senses. "Mobility" stems as
   * "mobile" (phones, clinics) and "mobilization" (of resources, of communities) do, and so in
   * French and Spanish, written with or without accents; "digitization" (British spelling made
   * American first) as "digital" (skills, finance) does; the people who emigrate ("emigrants",
   * "émigrés", "emigrantes") as emigration itself does, which names no group of people. English:
   * "transition" as "transit"; "integrated" (an integrated approach), "integral" and "integrity" as
   * "integration"; "universal" (health coverage) as "universities"; "engineering" as "engineers";
   * "busy" as "business"; "emerging" as "emergency"; "strands" (of work) as "stranded"; "original"
   * as "origin"; "research" as "researchers"; "official" (channels, statistics) as "officials".
   * French: "intégrée" and "intégrité" as "intégration"; "place" (mise en place) as "placement";
   * "relever" and "relève" as "relèvement"; "déplacement" (a trip) and the verb "déplacer" (to move
   * anything) as "déplacés" (displaced people); "retournent" (à l'école) as "retournés"
   * (returnees); "évacuation" (des eaux usées) as "évacués" (evacuees); "se réfugier" (from a
   * cyclone) as "réfugiés"; "traitement" (des enfants malnutris) and "traité" (a treaty) as
   * "traite" (trafficking); "département" as "départ". In French and Spanish, the verb "viser" ("le
   * projet vise à") and an acronym's letters (VIS) as "visa" and "visado". Spanish: "trato" ("malos
   * tratos", "el trato a las mujeres") and the verb "tratar" as "trata" (trafficking); "parto"
   * (childbirth: "atención previa al parto") as "partida" (departure: "previa a la partida");
   * "estudio" (a study) as "estudiantes"; "refugio" (a shelter) and "refugiarse" as "refugiados";
   * "generación" as "género"; "integrado" and "integridad" as "integración"; "emergente" as
   * "emergencia"; "investigación" as "investigadores"; "desplazamiento" (a trip) and the verb
   * "desplazar" as "desplazados"; "remesa" (a shipment, of vaccines or medicines) as "remesas"
   * (remittances); "deporte" and "deportivo" (sport) as "deportados" (deportees); "retorno" (de la
   * inversión) as "retornados" (returnees); "evacuación" (de aguas residuales) as "evacuados".
   * Either word of a pair may be the one left unstemmed: the one that keeps the phrases of the
   * knowledge matching their texts.
   */
  private static final Map<SupportedLanguage, CharArraySet> UNSTEMMED =
      Map.of(
          SupportedLanguage.ENGLISH,
          unstemmed(
              "mobility",
              "mobilities",
              "digitization",
              "emigrants",
              "emigrant",
              "transition",
              "transitions",
              "transitional",
              "transitioning",
              "integrated",
              "integral",
              "integrity",
              "integrative",
              "universal",
              "universally",
              "engineering",
              "engine",
              "engines",
              "busy",
              "emerging",
              "emergence",
              "stranded",
              "original",
              "originally",
              "researcher",
              "researchers",
              "officials"),
          SupportedLanguage.FRENCH,
          unstemmed(
              "mobilité",
              "mobilités",
              "mobilite",
              "mobilites",
              "émigrés",
              "émigré",
              "emigres",
              "emigre",
              "intégré",
              "intégrée",
              "intégrés",
              "intégrées",
              "integre",
              "integree",
              "integres",
              "integrees",
              "intégrité",
              "integrite",
              "intégral",
              "intégrale",
              "integral",
              "integrale",
              "placement",
              "placements",
              "déplacement",
              "déplacements",
              "deplacement",
              "deplacements",
              "relèvement",
              "relevement",
              "déplacer",
              "déplace",
              "déplacent",
              "déplaçant",
              "déplacera",
              "déplaceront",
              "deplacer",
              "deplace",
              "deplacent",
              "retournés",
              "retournées",
              "retourné",
              "retournée",
              "évacuation",
              "évacuations",
              "evacuation",
              "evacuations",
              "réfugier",
              "réfugient",
              "réfugiant",
              "refugier",
              "traitement",
              "traitements",
              "traiter",
              "traité",
              "traités",
              "traitée",
              "traitées",
              "traitent",
              "traitant",
              "traitee",
              "traitees",
              "visa",
              "visas",
              "département",
              "départements",
              "departement",
              "departements"),
          SupportedLanguage.SPANISH,
          unstemmed(
              "movilidad",
              "movilidades",
              "emigrantes",
              "emigrante",
              "estudiantes",
              "estudiante",
              "refugio",
              "refugios",
              "género",
              "géneros",
              "genero",
              "generos",
              "integrado",
              "integrada",
              "integrados",
              "integradas",
              "integridad",
              "emergente",
              "emergentes",
              "desplazamiento",
              "desplazamientos",
              "remesa",
              "investigador",
              "investigadora",
              "investigadores",
              "investigadoras",
              "visa",
              "visas",
              "visado",
              "visados",
              "parto",
              "partos",
              "trato",
              "tratos",
              "tratar",
              "tratado",
              "tratados",
              "tratan",
              "tratando",
              "tratamos",
              "trataba",
              "trataban",
              "trate",
              "traten",
              "deporte",
              "deportes",
              "deportivo",
              "deportiva",
              "deportivos",
              "deportivas",
              "deportista",
              "deportistas",
              "retornados",
              "retornadas",
              "retornado",
              "retornada",
              "desplazar",
              "desplaza",
              "desplazan",
              "desplazó",
              "desplazará",
              "desplazarán",
              "desplazando",
              "desplazaron",
              "evacuación",
              "evacuaciones",
              "evacuacion",
              "refugiarse",
              "refugian",
              "refugiaron"));

  private static CharArraySet unstemmed(String... words) {
    return CharArraySet.unmodifiableSet(new CharArraySet(List.of(words), false));
  }

  /** The analysis chain of one language. */
  private static final class LanguageAnalyzer extends Analyzer {
    private final SupportedLanguage language;

    LanguageAnalyzer(SupportedLanguage language) {
      this.language = language;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream stream = source;
      switch (language) {
        case ENGLISH -> {
          stream = new EnglishPossessiveFilter(stream);
          stream = new LowerCaseFilter(stream);
          stream = new AmericanSpellingFilter(stream);
          stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
          stream = new SetKeywordMarkerFilter(stream, UNSTEMMED.get(language));
          stream = new PorterStemFilter(stream);
        }
        case FRENCH -> {
          stream = new LowerCaseFilter(stream);
          stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
          stream = new StopFilter(stream, FrenchAnalyzer.getDefaultStopSet());
          stream = new SetKeywordMarkerFilter(stream, UNSTEMMED.get(language));
          stream = new SnowballFilter(stream, new FrenchStemmer());
        }
        case SPANISH -> {
          stream = new LowerCaseFilter(stream);
          stream = new StopFilter(stream, SpanishAnalyzer.getDefaultStopSet());
          stream = new SetKeywordMarkerFilter(stream, UNSTEMMED.get(language));
          stream = new SnowballFilter(stream, new SpanishStemmer());
        }
      }
      stream = new ASCIIFoldingFilter(stream);
      return new TokenStreamComponents(source, stream);
    }
  }

  /**
   * A text's stems, the offsets in the text of the word or words each stem came from, and where a
   * sentence or a clause ends between two stems.
   */
  static final class AnalysedText {
    /** Characters between two words that end what a phrase may span; commas do not. */
    private static final CharMatcher BREAKS = CharMatcher.anyOf(".;:!?()[]|\u2022");

    /** The coordinating conjunctions of the three languages: and, or; et, ou; y, e, o, u. */
    private static final ImmutableSet<String> COORDINATORS =
        ImmutableSet.of("and", "or", "et", "ou", "y", "e", "o", "u");

    /** Letters, digits, spaces and apostrophes: what may stand between two words of a phrase. */
    private static final CharMatcher WORD_OR_SPACE =
        CharMatcher.forPredicate(Character::isLetterOrDigit)
            .or(CharMatcher.whitespace())
            .or(CharMatcher.anyOf("'\u2019"));

    final String text;
    final String[] stems;
    final int[] starts;
    final int[] ends;

    AnalysedText(String text, String[] stems, int[] starts, int[] ends) {
      this.text = text;
      this.stems = stems;
      this.starts = starts;
      this.ends = ends;
    }

    /** Whether a phrase may run from stem {@code i - 1} on to stem {@code i}. */
    boolean joined(int i) {
      for (int c = ends[i - 1]; c < starts[i]; c++) {
        if (BREAKS.matches(text.charAt(c))) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether only spaces and words (stop words, elided articles) stand between stem {@code i - 1}
     * and stem {@code i}: no comma, hyphen, slash or other mark.
     */
    boolean tight(int i) {
      for (int c = ends[i - 1]; c < starts[i]; c++) {
        if (!WORD_OR_SPACE.matches(text.charAt(c))) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether nothing but a coordinating conjunction, if anything, stands between stem {@code i -
     * 1} and stem {@code i}: "host and refugee", "host refugee"; not "affected by the".
     */
    boolean coordinated(int i) {
      int c = ends[i - 1];
      while (c < starts[i]) {
        if (!Character.isLetterOrDigit(text.charAt(c))) {
          c++;
          continue;
        }
        int end = c;
        while (end < starts[i] && Character.isLetterOrDigit(text.charAt(end))) {
          end++;
        }
        if (!COORDINATORS.contains(text.substring(c, end).toLowerCase(Locale.ROOT))) {
          return false;
        }
        c = end;
      }
      return true;
    }

    /**
     * Whether no word at all, stop word or other, stands between stem {@code i - 1} and {@code i}.
     */
    boolean adjacent(int i) {
      for (int c = ends[i - 1]; c < starts[i]; c++) {
        if (Character.isLetterOrDigit(text.charAt(c))) {
          return false;
        }
      }
      return true;
    }

    /** The words of the text from stem {@code from} to stem {@code to} inclusive, as written. */
    String span(int from, int to) {
      return CharMatcher.whitespace().collapseFrom(text.substring(starts[from], ends[to]), ' ');
    }
  }
}
