package org.migrationmodel.validation.rules;

import java.util.regex.Pattern;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.validation.Pointers;
import org.migrationmodel.validation.RuleContext;

/** The id is non-blank, at most 64 characters of letters, digits, {@code . _ - /}. */
public final class IdFormat implements ProgrammeCheck {
  private static final int MAX_LENGTH = 64;
  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._/-]+");

  @Override
  public void check(Programme programme, RuleContext context) {
    String id = programme.id();
    String pointer = Pointers.of("id");
    if (id.isBlank()) {
      context.report(
          pointer, "The programme has no id; give it the identifier it has in your system.");
    } else if (id.length() > MAX_LENGTH) {
      context.report(
          pointer,
          "The id is "
              + id.length()
              + " characters long; shorten it to at most "
              + MAX_LENGTH
              + ".");
    } else if (!ALLOWED.matcher(id).matches()) {
      context.report(
          pointer,
          "The id \""
              + id
              + "\" contains characters other than letters, digits, '.', '_', '-' and '/';"
              + " remove or replace them.");
    }
  }
}
