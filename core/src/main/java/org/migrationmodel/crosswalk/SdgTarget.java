package org.migrationmodel.crosswalk;

/**
 * The Sustainable Development Goal targets most tied to migration, from the 2030 Agenda for
 * Sustainable Development (A/RES/70/1, 2015), in the order of their goals, each with its official
 * wording.
 *
 * <p>This is a selection, not the full list of 169 targets: the targets that migration programmes
 * report against most often.
 */
public enum SdgTarget implements Target {
  /** Target 5.2: violence against women and girls, including trafficking. */
  TARGET_5_2(
      "5.2",
      "Eliminate all forms of violence against all women and girls in the public and private"
          + " spheres, including trafficking and sexual and other types of exploitation"),
  /** Target 8.7: forced labour, modern slavery and human trafficking. */
  TARGET_8_7(
      "8.7",
      "Take immediate and effective measures to eradicate forced labour, end modern slavery and"
          + " human trafficking and secure the prohibition and elimination of the worst forms of"
          + " child labour, including recruitment and use of child soldiers, and by 2025 end child"
          + " labour in all its forms"),
  /** Target 8.8: labour rights, including those of migrant workers. */
  TARGET_8_8(
      "8.8",
      "Protect labour rights and promote safe and secure working environments for all workers,"
          + " including migrant workers, in particular women migrants, and those in precarious"
          + " employment"),
  /** Target 10.7: orderly, safe, regular and responsible migration. */
  TARGET_10_7(
      "10.7",
      "Facilitate orderly, safe, regular and responsible migration and mobility of people,"
          + " including through the implementation of planned and well-managed migration"
          + " policies"),
  /** Target 10.c: the cost of remittances. */
  TARGET_10_C(
      "10.c",
      "By 2030, reduce to less than 3 per cent the transaction costs of migrant remittances and"
          + " eliminate remittance corridors with costs higher than 5 per cent"),
  /** Target 16.2: abuse, exploitation and trafficking of children. */
  TARGET_16_2(
      "16.2",
      "End abuse, exploitation, trafficking and all forms of violence against and torture of"
          + " children"),
  /** Target 16.9: legal identity for all. */
  TARGET_16_9("16.9", "By 2030, provide legal identity for all, including birth registration"),
  /** Target 17.18: data disaggregated by migratory status, among other characteristics. */
  TARGET_17_18(
      "17.18",
      "By 2020, enhance capacity-building support to developing countries, including for least"
          + " developed countries and small island developing States, to increase significantly"
          + " the availability of high-quality, timely and reliable data disaggregated by income,"
          + " gender, age, race, ethnicity, migratory status, disability, geographic location and"
          + " other characteristics relevant in national contexts");

  private final String code;
  private final String title;

  SdgTarget(String code, String title) {
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
    return Framework.SDG;
  }
}
