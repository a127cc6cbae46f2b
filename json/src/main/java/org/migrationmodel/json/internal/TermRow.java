package org.migrationmodel.json.internal;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.Arrays;
import java.util.Optional;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.Catalogue;
import org.migrationmodel.taxonomy.SupportedLanguage;
import org.migrationmodel.taxonomy.Term;
import org.migrationmodel.taxonomy.TermLifecycle;
import org.migrationmodel.taxonomy.Theme;

/**
 * What the published catalogue says of one term, in JSON and in CSV alike.
 *
 * @param labels the labels by language, in the order of {@link SupportedLanguage}
 * @param area the area's code, for an activity
 * @param number the theme's number, for a theme
 */
record TermRow(
    String vocabulary,
    String code,
    ImmutableMap<SupportedLanguage, String> labels,
    String description,
    String status,
    String introducedIn,
    Optional<String> withdrawnIn,
    Optional<String> area,
    Optional<Integer> number) {

  static TermRow of(Term term, Catalogue catalogue) {
    TermLifecycle lifecycle = catalogue.lifecycle(term);
    ImmutableMap<SupportedLanguage, String> labels =
        Maps.immutableEnumMap(
            Maps.toMap(
                Arrays.asList(SupportedLanguage.values()),
                language -> term.displayName(language.locale())));
    return new TermRow(
        term.vocabulary().id(),
        term.code(),
        labels,
        term.description(),
        lifecycle.status().name(),
        lifecycle.introducedIn(),
        lifecycle.withdrawnIn(),
        term instanceof Activity activity ? Optional.of(activity.area().code()) : Optional.empty(),
        term instanceof Theme theme ? Optional.of(theme.number()) : Optional.empty());
  }
}
