package org.migrationmodel.crosswalk;

/**
 * An entry of one of the frameworks programmes are reported in: a GCM objective, an SDG target, an
 * OECD DAC CRS purpose code or a UNHCR population type.
 *
 * <p>Targets are not terms of the managing-migration catalogue: their codes and titles belong to
 * the organisations that publish them, and this library only quotes them. Implementations are
 * enums, so targets are immutable and thread-safe.
 */
public sealed interface Target
    permits GcmObjective, SdgTarget, DacPurposeCode, UnhcrPopulationType {

  /**
   * The framework the target belongs to.
   *
   * @return the framework, never null
   */
  Framework framework();

  /**
   * The target's official identifier within its framework, such as {@code 13} for a GCM objective,
   * {@code 10.7} for an SDG target, {@code 15190} for a DAC purpose code or {@code REF} for a UNHCR
   * population type.
   *
   * @return the code, never null
   */
  String code();

  /**
   * The target's official title, as its publisher words it.
   *
   * @return the title, never null
   */
  String title();
}
