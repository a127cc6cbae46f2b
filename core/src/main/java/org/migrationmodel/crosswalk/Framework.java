package org.migrationmodel.crosswalk;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * The frameworks that programmes classified against the managing-migration model are reported in.
 */
public enum Framework {
  /** The Global Compact for Safe, Orderly and Regular Migration (A/RES/73/195, 2018). */
  GCM("gcm", "Global Compact for Safe, Orderly and Regular Migration"),
  /** The Sustainable Development Goals of the 2030 Agenda (A/RES/70/1, 2015). */
  SDG("sdg", "Sustainable Development Goals"),
  /**
   * The purpose codes of the OECD DAC Creditor Reporting System, which IATI publishes as its sector
   * vocabulary 1.
   */
  DAC("dac", "OECD DAC Creditor Reporting System purpose codes"),
  /** The population types of UNHCR's refugee statistics. */
  UNHCR("unhcr", "UNHCR population types");

  private final String id;
  private final String title;

  Framework(String id, String title) {
    this.id = id;
    this.title = title;
  }

  /**
   * The framework's identifier in lower case, such as {@code gcm}; it names the framework in the
   * crosswalk's data and in exports.
   *
   * @return the identifier, never null
   */
  public String id() {
    return id;
  }

  /**
   * The framework's name in English.
   *
   * @return the name, never null
   */
  public String title() {
    return title;
  }

  /**
   * Every target of the framework that this library knows, in the framework's own order.
   *
   * @return an immutable list, never null
   */
  public ImmutableList<Target> targets() {
    return switch (this) {
      case GCM -> ImmutableList.copyOf(GcmObjective.values());
      case SDG -> ImmutableList.copyOf(SdgTarget.values());
      case DAC -> ImmutableList.copyOf(DacPurposeCode.values());
      case UNHCR -> ImmutableList.copyOf(UnhcrPopulationType.values());
    };
  }

  /**
   * Finds the target with an official code, exactly as the framework writes it, such as {@code 13}
   * in {@link #GCM} or {@code 10.c} in {@link #SDG}.
   *
   * @param code the code; not null
   * @return the target, or empty when the framework has none with that code
   */
  public Optional<Target> find(String code) {
    return targets().stream().filter(target -> target.code().equals(code)).findFirst();
  }
}
