package org.migrationmodel.crosswalk;

/**
 * The population types of UNHCR's refugee statistics, each with its three-letter code.
 *
 * <p>UNHCR's solution flows (returned refugees, resettled refugees, naturalized refugees, returned
 * IDPs) count movements out of these populations rather than populations, so they are not listed.
 */
public enum UnhcrPopulationType implements Target {
  /** REF: refugees. */
  REFUGEES("REF", "Refugees"),
  /** ROC: people in refugee-like situations. */
  REFUGEE_LIKE("ROC", "People in refugee-like situations"),
  /** ASY: asylum-seekers. */
  ASYLUM_SEEKERS("ASY", "Asylum-seekers"),
  /** OIP: other people in need of international protection. */
  OTHERS_IN_NEED_OF_PROTECTION("OIP", "Other people in need of international protection"),
  /** IDP: internally displaced persons. */
  INTERNALLY_DISPLACED("IDP", "Internally displaced persons"),
  /** IOC: people in IDP-like situations. */
  IDP_LIKE("IOC", "People in IDP-like situations"),
  /** STA: stateless people. */
  STATELESS("STA", "Stateless people"),
  /** OOC: others of concern. */
  OTHERS_OF_CONCERN("OOC", "Others of concern"),
  /** HST: host community. */
  HOST_COMMUNITY("HST", "Host community");

  private final String code;
  private final String title;

  UnhcrPopulationType(String code, String title) {
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
    return Framework.UNHCR;
  }
}
