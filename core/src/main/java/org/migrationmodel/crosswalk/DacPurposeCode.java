package org.migrationmodel.crosswalk;

/**
 * The OECD DAC Creditor Reporting System purpose codes that migration programmes are reported
 * under, as IATI lists them in its Sector codelist (vocabulary 1), in numeric order.
 *
 * <p>{@link #MIGRATION_AND_MOBILITY} (15190) is the general migration code; its description tells
 * coders to use {@link #IMMIGRATION} (15136), {@link #REMITTANCE_FACILITATION} (24050), {@link
 * #MATERIAL_RELIEF} (72010) or {@link #REFUGEES_IN_DONOR_COUNTRIES} (93010) instead where those
 * cover the case, and the crosswalk follows that rule. The finer codes 93011 to 93018, which split
 * 93010 by cost type, are not modelled: the crosswalk cannot tell cost types apart.
 */
public enum DacPurposeCode implements Target {
  /** 15136 Immigration. */
  IMMIGRATION("15136", "Immigration"),
  /** 15160 Human rights. */
  HUMAN_RIGHTS("15160", "Human rights"),
  /** 15180 Ending violence against women and girls. */
  ENDING_VIOLENCE_AGAINST_WOMEN_AND_GIRLS("15180", "Ending violence against women and girls"),
  /** 15190 Facilitation of orderly, safe, regular and responsible migration and mobility. */
  MIGRATION_AND_MOBILITY(
      "15190", "Facilitation of orderly, safe, regular and responsible migration and mobility"),
  /** 16070 Labour rights. */
  LABOUR_RIGHTS("16070", "Labour rights"),
  /** 24050 Remittance facilitation, promotion and optimisation. */
  REMITTANCE_FACILITATION("24050", "Remittance facilitation, promotion and optimisation"),
  /**
   * 72010 Material relief assistance and services; covers refugees and IDPs in developing
   * countries.
   */
  MATERIAL_RELIEF("72010", "Material relief assistance and services"),
  /** 72050 Relief co-ordination and support services. */
  RELIEF_COORDINATION("72050", "Relief co-ordination and support services"),
  /** 93010 Refugees/asylum seekers in donor countries (non-sector allocable). */
  REFUGEES_IN_DONOR_COUNTRIES(
      "93010", "Refugees/asylum seekers in donor countries (non-sector allocable)");

  private final String code;
  private final String title;

  DacPurposeCode(String code, String title) {
    this.code = code;
    this.title = title;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public Framework framework() {
    return Framework.DAC;
  }
}
