package org.migrationmodel.taxonomy;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Reads term labels and descriptions from the {@code labels} resource bundles. Keys have the form
 * {@code Vocabulary.CODE} for labels and {@code Vocabulary.CODE.description} for the English
 * descriptions.
 */
final class Labels {
  private static final String BUNDLE = "org.migrationmodel.taxonomy.labels";

  private Labels() {}

  static String displayName(Term term, Locale locale) {
    return bundle(locale).getString(key(term));
  }

  static String description(Term term) {
    return bundle(Locale.ENGLISH).getString(key(term) + ".description");
  }

  private static String key(Term term) {
    return term.getClass().getSimpleName() + "." + term.code();
  }

  private static ResourceBundle bundle(Locale locale) {
    // Only languages with a bundle of their own are asked for by name, so that the JVM's default
    // locale never decides which language a caller gets; English is the root bundle.
    Locale bundleLocale =
        SupportedLanguage.find(locale)
            .filter(language -> language != SupportedLanguage.ENGLISH)
            .map(SupportedLanguage::locale)
            .orElse(Locale.ROOT);
    return ResourceBundle.getBundle(BUNDLE, bundleLocale);
  }
}
