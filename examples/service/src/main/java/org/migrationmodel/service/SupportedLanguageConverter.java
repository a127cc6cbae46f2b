package org.migrationmodel.service;

import java.util.Locale;
import org.migrationmodel.taxonomy.SupportedLanguage;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Reads {@code ?lang=en|fr|es}; any other value is an {@code invalid-parameter} problem. */
@Component
final class SupportedLanguageConverter implements Converter<String, SupportedLanguage> {
  @Override
  public SupportedLanguage convert(String value) {
    return SupportedLanguage.find(Locale.forLanguageTag(value))
        .filter(language -> language.tag().equals(value))
        .orElseThrow(() -> new IllegalArgumentException("expected en, fr or es"));
  }
}
