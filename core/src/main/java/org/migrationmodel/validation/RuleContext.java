package org.migrationmodel.validation;

import java.util.List;
import org.migrationmodel.taxonomy.Catalogue;

/**
 * What a {@link Rule} sees while it checks one programme: the catalogue to check codes against, and
 * a place to report findings. The validator fills in the rule id and severity of each finding.
 */
public interface RuleContext {

  /**
   * The catalogue the validator checks codes against.
   *
   * @return the catalogue, never null
   */
  Catalogue catalogue();

  /**
   * Reports a problem.
   *
   * @param pointer the JSON Pointer of the offending value, built with {@link Pointers#of}; not
   *     null
   * @param message a plain English sentence naming the offending value and the fix; not null
   */
  void report(String pointer, String message);

  /**
   * Reports a problem together with valid values that could replace the offending one.
   *
   * @param pointer the JSON Pointer of the offending value; not null
   * @param message a plain English sentence naming the offending value and the fix; not null
   * @param suggestions replacement values, best first; not null
   */
  void report(String pointer, String message, List<String> suggestions);
}
