package org.migrationmodel.iati;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.migrationmodel.crosswalk.DacPurposeCode;
import org.migrationmodel.crosswalk.ProgrammeCrosswalk;
import org.migrationmodel.crosswalk.SdgTarget;
import org.migrationmodel.programme.Allocation;
import org.migrationmodel.programme.Budget;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.programme.ProgrammeCountry;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.SupportedLanguage;
import org.migrationmodel.taxonomy.Term;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.Severity;

/**
 * Writes a programme's classification in an {@code iati-activity}: OECD DAC sectors from the
 * crosswalk, the model's activities as sectors of vocabulary 99, SDG targets, and the rest of the
 * classification and the countries' roles as tags of vocabulary 99 ({@link ModelTag}). Serves one
 * {@link ActivityXml}; holds nothing from one programme to the next.
 */
final class ClassificationXml {
  private final IndentingXml xml;
  private final String language;

  ClassificationXml(IndentingXml xml, String language) {
    this.xml = xml;
    this.language = language;
  }

  /** Writes the sectors and tags, in the XSD's order, adding findings on what was assumed. */
  void write(Programme programme, ProgrammeCrosswalk view, List<Finding> findings)
      throws XMLStreamException {
    dacSectors(view, findings);
    boolean equalShares = activitySectors(programme, findings);
    sdgTags(view);
    modelTags(programme, equalShares);
  }

  private void dacSectors(ProgrammeCrosswalk view, List<Finding> findings)
      throws XMLStreamException {
    Map<DacPurposeCode, BigDecimal> shares = view.dacShares();
    if (shares.isEmpty()) {
      findings.add(
          gap(
              Severity.WARNING,
              "/classification/primaryActivity",
              "The programme has neither a primary activity nor allocations, so no OECD DAC"
                  + " sector; IATI's rule 102.1.1 asks for one beside vocabulary 99."));
    }
    for (Map.Entry<DacPurposeCode, BigDecimal> share : shares.entrySet()) {
      xml.empty("sector");
      xml.attribute("vocabulary", ActivityXml.DAC_VOCABULARY);
      xml.attribute("code", share.getKey().code());
      xml.attribute("percentage", share.getValue().toPlainString());
    }
  }

  /**
   * The model's activities as sectors of vocabulary 99: the classification's activities, primary
   * first, then any allocated activity it does not list, each with its allocated share, or 0.
   * Several activities without any allocation get equal shares, so that IATI's percentages sum to
   * 100.
   *
   * @return whether the shares are equal ones assumed, not allocations
   */
  private boolean activitySectors(Programme programme, List<Finding> findings)
      throws XMLStreamException {
    List<Allocation> allocations =
        programme.budget().map(Budget::allocations).orElse(ImmutableList.of());
    Set<Activity> activities = new LinkedHashSet<>(programme.classification().activities());
    allocations.forEach(allocation -> activities.add(allocation.activity()));
    boolean equalShares = allocations.isEmpty() && activities.size() > 1;
    ImmutableList<BigDecimal> equal = Percentages.even(Math.max(activities.size(), 1));
    if (equalShares) {
      findings.add(
          IatiFindings.exported(
              IatiProblem.EQUAL_SHARES,
              Severity.INFO,
              "/budget/allocations",
              "The programme allocates no budget to its "
                  + activities.size()
                  + " activities; their sectors were written with equal percentages, which a tag"
                  + " marks as assumed."));
    }
    BigDecimal sum = BigDecimal.ZERO;
    int index = 0;
    for (Activity activity : activities) {
      xml.start("sector");
      xml.attribute("vocabulary", ActivityXml.OWN_VOCABULARY);
      xml.attribute("vocabulary-uri", ModelTag.ACTIVITY_SECTORS);
      xml.attribute("code", activity.code());
      if (!allocations.isEmpty()) {
        BigDecimal share = shareOf(activity, allocations);
        sum = sum.add(share);
        xml.attribute("percentage", share.toPlainString());
      } else if (equalShares) {
        xml.attribute("percentage", equal.get(index).toPlainString());
      }
      labels(activity);
      xml.end();
      index++;
    }
    if (!allocations.isEmpty() && sum.compareTo(BigDecimal.valueOf(100)) != 0) {
      findings.add(
          gap(
              Severity.WARNING,
              "/budget/allocations",
              "The allocations sum to "
                  + sum.toPlainString()
                  + ", not 100; IATI asks for sector percentages that sum to 100."));
    }
    return equalShares;
  }

  private static BigDecimal shareOf(Activity activity, List<Allocation> allocations) {
    BigDecimal share = null;
    for (Allocation allocation : allocations) {
      if (allocation.activity() == activity) {
        share = share == null ? allocation.share() : share.add(allocation.share());
      }
    }
    return share == null ? BigDecimal.ZERO : share;
  }

  private void sdgTags(ProgrammeCrosswalk view) throws XMLStreamException {
    for (SdgTarget target : view.sdgTargets().keySet()) {
      xml.start("tag");
      xml.attribute("vocabulary", ActivityXml.SDG_TARGET_VOCABULARY);
      xml.attribute("code", target.code());
      narrative(target.title(), "en");
      xml.end();
    }
  }

  private void modelTags(Programme programme, boolean equalShares) throws XMLStreamException {
    Classification classification = programme.classification();
    if (classification.primaryActivity().isPresent()) {
      modelTag(ModelTag.PRIMARY_ACTIVITY, classification.primaryActivity().get());
    }
    if (classification.declaredPrimaryArea().isPresent()) {
      modelTag(ModelTag.DECLARED_PRIMARY_AREA, classification.declaredPrimaryArea().get());
    }
    for (Term term : classification.crossCuttingActivities()) {
      modelTag(ModelTag.CROSS_CUTTING_ACTIVITY, term);
    }
    for (Term term : classification.themes()) {
      modelTag(ModelTag.THEME, term);
    }
    for (Term term : classification.modalities()) {
      modelTag(ModelTag.MODALITY, term);
    }
    for (Term term : classification.drivers()) {
      modelTag(ModelTag.DRIVER, term);
    }
    for (Term term : classification.targetGroups()) {
      modelTag(ModelTag.TARGET_GROUP, term);
    }
    for (ProgrammeCountry country : programme.countries()) {
      xml.start("tag");
      xml.attribute("vocabulary", ActivityXml.OWN_VOCABULARY);
      xml.attribute("vocabulary-uri", ModelTag.COUNTRY_ROLE.uri());
      xml.attribute("code", country.code() + ":" + country.role().code());
      for (SupportedLanguage label : SupportedLanguage.values()) {
        narrative(country.code() + ": " + country.role().displayName(label.locale()), label.tag());
      }
      xml.end();
    }
    if (equalShares) {
      xml.start("tag");
      xml.attribute("vocabulary", ActivityXml.OWN_VOCABULARY);
      xml.attribute("vocabulary-uri", ModelTag.SHARES_ASSUMED.uri());
      xml.attribute("code", ModelTag.EQUAL_SHARES);
      narrative("Equal shares assumed: the programme allocates no budget to its activities", "en");
      xml.end();
    }
  }

  private void modelTag(ModelTag tag, Term term) throws XMLStreamException {
    xml.start("tag");
    xml.attribute("vocabulary", ActivityXml.OWN_VOCABULARY);
    xml.attribute("vocabulary-uri", tag.uri());
    xml.attribute("code", term.code());
    labels(term);
    xml.end();
  }

  /** The term's label in each supported language, as narratives. */
  private void labels(Term term) throws XMLStreamException {
    for (SupportedLanguage label : SupportedLanguage.values()) {
      narrative(term.displayName(label.locale()), label.tag());
    }
  }

  private void narrative(String text, String narrativeLanguage) throws XMLStreamException {
    xml.narrative(text, narrativeLanguage, language);
  }

  private static Finding gap(Severity severity, String pointer, String message) {
    return IatiFindings.exported(IatiProblem.EXPORT_GAP, severity, pointer, message);
  }
}
