package org.migrationmodel.service;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.migrationmodel.json.ProgrammeJson;
import org.migrationmodel.report.CatalogueTree;
import org.migrationmodel.taxonomy.Catalogue;
import org.migrationmodel.taxonomy.SupportedLanguage;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/catalogue}: the model, as the library publishes it. JSON and CSV carry every
 * vocabulary with labels in English, French and Spanish; plain text is the command-line tool's
 * tree, labelled in the language {@code lang} names.
 */
@RestController
final class CatalogueController {
  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
  private static final MediaType JSON = MediaType.APPLICATION_JSON;
  private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

  // In order of preference when the client likes several equally.
  private static final List<MediaType> OFFERED = List.of(JSON, CSV, TEXT);

  @GetMapping("/api/v1/catalogue")
  ResponseEntity<String> catalogue(
      @RequestHeader(name = HttpHeaders.ACCEPT, defaultValue = MediaType.ALL_VALUE) String accept,
      @RequestParam(defaultValue = "en") SupportedLanguage lang)
      throws HttpMediaTypeNotAcceptableException {
    MediaType chosen = negotiate(accept);
    Catalogue catalogue = Catalogue.standard();
    String body;
    if (chosen.equals(JSON)) {
      body = ProgrammeJson.catalogueAsJson(catalogue);
    } else if (chosen.equals(CSV)) {
      body = ProgrammeJson.catalogueAsCsv(catalogue);
    } else {
      StringWriter tree = new StringWriter();
      new CatalogueTree(lang).print(catalogue, new PrintWriter(tree));
      body = tree.toString();
    }
    return ResponseEntity.ok()
        .contentType(chosen)
        .header(HttpHeaders.CONTENT_LANGUAGE, chosen.equals(TEXT) ? lang.tag() : "en, fr, es")
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
        .body(body);
  }

  // The offered type the client ranks highest; among equals, the first offered.
  private static MediaType negotiate(String accept) throws HttpMediaTypeNotAcceptableException {
    List<MediaType> wanted;
    try {
      wanted = MediaType.parseMediaTypes(accept);
    } catch (IllegalArgumentException e) {
      throw new HttpMediaTypeNotAcceptableException(OFFERED);
    }
    return wanted.stream()
        .sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed())
        .filter(type -> type.getQualityValue() > 0)
        .flatMap(type -> OFFERED.stream().filter(offered -> type.includes(offered)))
        .findFirst()
        .orElseThrow(() -> new HttpMediaTypeNotAcceptableException(OFFERED));
  }
}
