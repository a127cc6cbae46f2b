package org.migrationmodel.json;

import static com.google.common.base.Preconditions.checkNotNull;

import org.migrationmodel.crosswalk.Crosswalk;
import org.migrationmodel.json.internal.CatalogueCsvWriter;
import org.migrationmodel.json.internal.CatalogueJsonWriter;
import org.migrationmodel.json.internal.CrosswalkCsvWriter;
import org.migrationmodel.json.internal.CrosswalkJsonWriter;
import org.migrationmodel.json.internal.SchemaWriter;
import org.migrationmodel.taxonomy.Catalogue;

/**
 * Where to start with JSON: a reader and a writer of programme documents that need no Jackson
 * set-up, and the files published for systems not written in Java.
 *
 * <p>The json artifact also carries those files as resources, equal to what this class gives for
 * the {@linkplain Catalogue#standard() standard catalogue}: {@code
 * META-INF/migration-model/programme.schema.json}, {@code META-INF/migration-model/catalogue.json}
 * {@code META-INF/migration-model/catalogue.csv}, and the {@linkplain Crosswalk#standard() standard
 * crosswalk} as {@code META-INF/migration-model/crosswalk.json} and {@code
 * META-INF/migration-model/crosswalk.csv}.
 */
public final class ProgrammeJson {
  private ProgrammeJson() {}

  /**
   * A strict reader with the default limits and no validator; {@link ProgrammeReader#builder()}
   * configures others.
   *
   * @return the reader, never null
   */
  public static ProgrammeReader reader() {
    return Defaults.READER;
  }

  /**
   * A writer of compact documents; {@link ProgrammeWriter#indented()} indents them.
   *
   * @return the writer, never null
   */
  public static ProgrammeWriter writer() {
    return ProgrammeWriter.compact();
  }

  /**
   * The JSON Schema (draft 2020-12) of a programme document, as strict as a strict reader: no
   * unknown members, no nulls, codes from their vocabularies, dates as {@code YYYY-MM-DD}.
   *
   * @return the schema as JSON text, never null
   */
  public static String schema() {
    return SchemaWriter.write();
  }

  /**
   * A catalogue as JSON: its version, then every vocabulary with each term's code, labels in
   * English, French and Spanish, description, status ({@code ACTIVE} or {@code WITHDRAWN}) and
   * lifecycle, the area of each activity and the number of each theme.
   *
   * @param catalogue the catalogue, such as {@link Catalogue#standard()}; not null
   * @return JSON text, never null
   */
  public static String catalogueAsJson(Catalogue catalogue) {
    return CatalogueJsonWriter.write(checkNotNull(catalogue, "catalogue"));
  }

  /**
   * A catalogue as CSV, one row per term, with the same facts as {@link #catalogueAsJson}: columns
   * {@code vocabulary, code, label_en, label_fr, label_es, description, status, introduced_in,
   * withdrawn_in, area, number}.
   *
   * @param catalogue the catalogue, such as {@link Catalogue#standard()}; not null
   * @return CSV text with a header row, never null
   */
  public static String catalogueAsCsv(Catalogue catalogue) {
    return CatalogueCsvWriter.write(checkNotNull(catalogue, "catalogue"));
  }

  /**
   * A crosswalk as JSON: its version, every framework with its targets, every link (source term,
   * framework, target, strength, justification), the terms outside the GCM with their reasons, and
   * the GCM objectives no activity serves.
   *
   * @param crosswalk the crosswalk, such as {@link Crosswalk#standard()}; not null
   * @return JSON text, never null
   */
  public static String crosswalkAsJson(Crosswalk crosswalk) {
    return CrosswalkJsonWriter.write(checkNotNull(crosswalk, "crosswalk"));
  }

  /**
   * A crosswalk as CSV, one row per link and then one row per term outside the GCM: columns {@code
   * version, source_vocabulary, source_code, framework, target_code, target_title, relation,
   * justification}, where {@code relation} is {@code PRIMARY}, {@code RELATED}, or {@code OUTSIDE}
   * for a term outside the GCM (its justification is the reason, its target empty).
   *
   * @param crosswalk the crosswalk, such as {@link Crosswalk#standard()}; not null
   * @return CSV text with a header row, never null
   */
  public static String crosswalkAsCsv(Crosswalk crosswalk) {
    return CrosswalkCsvWriter.write(checkNotNull(crosswalk, "crosswalk"));
  }

  // Built on first use, not when the class loads.
  private static final class Defaults {
    static final ProgrammeReader READER = ProgrammeReader.builder().build();
  }
}
