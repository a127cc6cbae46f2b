package org.migrationmodel.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.migrationmodel.taxonomy.Catalogue;

/**
 * A context for calling rules directly, so that an exception reaches the test instead of becoming a
 * finding; it checks that each finding is well formed and keeps none.
 */
public final class WellFormedFindings implements RuleContext {
  private final Catalogue catalogue;

  /** A context with the standard catalogue. */
  public WellFormedFindings() {
    this(Catalogue.standard());
  }

  /**
   * A context with a catalogue.
   *
   * @param catalogue the catalogue rules see
   */
  public WellFormedFindings(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public Catalogue catalogue() {
    return catalogue;
  }

  @Override
  public void report(String pointer, String message) {
    assertThat(pointer).startsWith("/");
    assertThat(message).isNotBlank().endsWith(".");
  }

  @Override
  public void report(String pointer, String message, List<String> suggestions) {
    report(pointer, message);
    assertThat(suggestions).doesNotContainNull();
  }
}
