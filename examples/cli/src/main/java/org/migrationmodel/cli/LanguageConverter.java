package org.migrationmodel.cli;

import java.util.Locale;
import org.migrationmodel.taxonomy.SupportedLanguage;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --lang en|fr|es}. */
final class LanguageConverter implements ITypeConverter<SupportedLanguage> {
  @Override
  public SupportedLanguage convert(String value) {
    return SupportedLanguage.find(Locale.forLanguageTag(value))
        .filter(language -> language.tag().equals(value))
        .orElseThrow(
            () -> new TypeConversionException("expected en, fr or es, not '" + value + "'"));
  }
}
