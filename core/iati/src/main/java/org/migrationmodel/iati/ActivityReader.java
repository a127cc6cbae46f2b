package org.migrationmodel.iati;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.migrationmodel.programme.Allocation;
import org.migrationmodel.programme.Budget;
import org.migrationmodel.programme.Classification;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.programme.ProgrammeCountry;
import org.migrationmodel.programme.ProgrammePeriod;
import org.migrationmodel.taxonomy.Activity;
import org.migrationmodel.taxonomy.Agency;
import org.migrationmodel.taxonomy.Area;
import org.migrationmodel.taxonomy.CountryRole;
import org.migrationmodel.taxonomy.CrossCuttingActivity;
import org.migrationmodel.taxonomy.Driver;
import org.migrationmodel.taxonomy.Modality;
import org.migrationmodel.taxonomy.PopulationGroup;
import org.migrationmodel.taxonomy.Term;
import org.migrationmodel.taxonomy.Theme;
import org.migrationmodel.validation.Finding;
import org.migrationmodel.validation.Severity;

/**
 * Reads one {@code iati-activity} from the cursor, positioned at its start, into a programme. Every
 * element is either read, recognised as one this library derives when it exports, or reported;
 * nothing is dropped silently.
 */
final class ActivityReader {
  private static final int MAX_FINDINGS = 1000;
  private static final ImmutableSet<String> PREFERRED_LANGUAGES = ImmutableSet.of("en", "fr", "es");
  private static final CountryRole ASSUMED_ROLE = CountryRole.HOST;

  private final XmlCursor cursor;
  private final Proposer proposer;
  private final int line;
  private final String path;
  private final List<Pending> findings = new ArrayList<>();
  private int droppedFindings;

  private String identifier;
  private String reportingRef;
  private String language = "en";
  private String defaultCurrency;
  private final List<Narrative> titles = new ArrayList<>();
  private final List<Narrative> descriptions = new ArrayList<>();
  private boolean titleSeen;
  private boolean descriptionSeen;
  private final Set<Agency> partners = new LinkedHashSet<>();
  private final Map<String, Dated> dates = new LinkedHashMap<>();
  private final List<Located> recipients = new ArrayList<>();
  private final List<Proposer.DacSector> dacSectors = new ArrayList<>();
  private final Map<Activity, BigDecimal> activitySectors = new LinkedHashMap<>();
  private boolean activitySectorShares;
  private final Map<ModelTag, List<Term>> tags = new EnumMap<>(ModelTag.class);
  private final List<ProgrammeCountry> roleCountries = new ArrayList<>();
  private final Map<List<LocalDate>, BudgetLine> budgets = new LinkedHashMap<>();

  /** A finding, and whether it stands only for activities this library did not write. */
  private record Pending(Finding finding, boolean foreignOnly) {}

  private record Narrative(String language, String text, String xpath, int line) {}

  private record Located(String value, String xpath, int line) {}

  private record Dated(LocalDate date, String xpath, int line) {}

  private record BudgetLine(boolean revised, BigDecimal value, String currency) {}

  private ActivityReader(XmlCursor cursor, Proposer proposer) {
    this.cursor = cursor;
    this.proposer = proposer;
    this.line = cursor.line();
    this.path = cursor.xpath();
  }

  static ImportedActivity read(XmlCursor cursor, Proposer proposer)
      throws XmlCursor.Stop, IOException {
    cursor.startActivity();
    ActivityReader reader = new ActivityReader(cursor, proposer);
    reader.readActivity();
    return reader.build();
  }

  private void readActivity() throws XmlCursor.Stop, IOException {
    if (cursor.language() != null) {
      language = cursor.language();
    }
    defaultCurrency = cursor.attribute("default-currency");
    attributes("default-currency", "xml:lang", "last-updated-datetime");
    while (cursor.nextChild()) {
      if (!cursor.namespace().isEmpty()) {
        unmapped("the extension element " + cursor.name() + " has no place in the model");
        cursor.skip();
        continue;
      }
      switch (cursor.name()) {
        case "iati-identifier" -> identifier();
        case "reporting-org" -> reportingOrg();
        case "title" -> titleElement();
        case "description" -> descriptionElement();
        case "participating-org" -> participatingOrg();
        case "activity-status" -> {
          foreignOnly(
              "the activity status "
                  + cursor.attribute("code")
                  + " is not kept; the model's period gives it");
          cursor.skip();
        }
        case "activity-date" -> activityDate();
        case "recipient-country" -> recipientCountry();
        case "sector" -> sector();
        case "tag" -> tag();
        case "budget" -> budget();
        default -> {
          unmapped("the model has no place for " + cursor.name());
          cursor.skip();
        }
      }
    }
    strayText(path, line);
  }

  private void identifier() throws XmlCursor.Stop, IOException {
    String xpath = cursor.xpath();
    int at = cursor.line();
    attributes();
    String text = text().strip();
    if (identifier != null) {
      report(IatiProblem.REPEATED, Severity.WARNING, xpath, at, "a second identifier, ignored");
    } else {
      identifier = text;
    }
  }

  private void reportingOrg() throws XmlCursor.Stop, IOException {
    // The organisation's identifier checks the activity identifier's prefix; its name and type
    // describe the publisher, not the programme.
    if (reportingRef != null) {
      report(IatiProblem.REPEATED, Severity.WARNING, "a second reporting organisation, ignored");
      cursor.skip();
      return;
    }
    attributes("ref", "type", "secondary-reporter");
    reportingRef = cursor.attribute("ref") == null ? "" : cursor.attribute("ref");
    cursor.skip();
  }

  private void titleElement() throws XmlCursor.Stop, IOException {
    if (titleSeen) {
      report(IatiProblem.REPEATED, Severity.WARNING, "a second title, ignored");
      cursor.skip();
      return;
    }
    titleSeen = true;
    attributes();
    narratives(titles);
  }

  private void descriptionElement() throws XmlCursor.Stop, IOException {
    String type = cursor.attribute("type");
    if (type != null && !type.equals(ActivityXml.DESCRIPTION_GENERAL)) {
      unmapped("the model keeps only the general description (type 1), not type " + type);
      cursor.skip();
      return;
    }
    if (descriptionSeen) {
      report(IatiProblem.REPEATED, Severity.WARNING, "a second general description, ignored");
      cursor.skip();
      return;
    }
    descriptionSeen = true;
    attributes("type");
    narratives(descriptions);
  }

  private void narratives(List<Narrative> into) throws XmlCursor.Stop, IOException {
    while (cursor.nextChild()) {
      if (cursor.name().equals("narrative") && cursor.namespace().isEmpty()) {
        String xpath = cursor.xpath();
        int at = cursor.line();
        String narrativeLanguage = cursor.language() == null ? language : cursor.language();
        attributes("xml:lang");
        into.add(new Narrative(narrativeLanguage, text().strip(), xpath, at));
      } else {
        unmapped("the model has no place for " + cursor.name() + " here");
        cursor.skip();
      }
    }
  }

  private void participatingOrg() throws XmlCursor.Stop, IOException {
    String xpath = cursor.xpath();
    int at = cursor.line();
    String ref = cursor.attribute("ref");
    String role = cursor.attribute("role");
    attributes("ref", "type", "role", "activity-id", "crs-channel-code");
    List<Narrative> names = new ArrayList<>();
    narratives(names);
    String name = names.isEmpty() ? null : names.get(0).text();
    Optional<Agency> agency = Agencies.find(ref, name);
    String who = ref != null ? ref : name != null ? name : "unnamed";
    if (ActivityXml.ROLE_IMPLEMENTING.equals(role) && agency.isPresent()) {
      partners.add(agency.get());
    } else if (ActivityXml.ROLE_ACCOUNTABLE.equals(role)
        && ref != null
        && ref.equals(reportingRef)) {
      pending(
          IatiFindings.imported(
              IatiProblem.UNMAPPED,
              Severity.INFO,
              xpath,
              at,
              "The reporting organisation " + who + " as accountable is not kept."),
          true);
    } else {
      report(
          IatiProblem.UNMAPPED,
          Severity.INFO,
          xpath,
          at,
          "the participating organisation "
              + who
              + " (role "
              + role
              + ") is not kept: partners are the model's agencies, implementing (role 4)");
    }
  }

  private void activityDate() throws XmlCursor.Stop, IOException {
    String xpath = cursor.xpath();
    int at = cursor.line();
    String type = cursor.attribute("type");
    String iso = cursor.attribute("iso-date");
    attributes("type", "iso-date");
    while (cursor.nextChild()) {
      unmapped("the model keeps the date, not its " + cursor.name());
      cursor.skip();
    }
    if (type == null || !List.of("1", "2", "3", "4").contains(type)) {
      report(
          IatiProblem.INVALID_VALUE,
          Severity.WARNING,
          xpath,
          at,
          "the activity date type " + type + " is not 1 to 4; the date is ignored");
      return;
    }
    Optional<LocalDate> date = date(iso, xpath, at);
    if (date.isEmpty()) {
      return;
    }
    if (dates.putIfAbsent(type, new Dated(date.get(), xpath, at)) != null) {
      report(
          IatiProblem.REPEATED,
          Severity.WARNING,
          xpath,
          at,
          "a second activity date of type " + type + ", ignored");
    }
  }

  private Optional<LocalDate> date(String iso, String xpath, int at) {
    try {
      return Optional.of(LocalDate.parse(iso == null ? "" : iso.strip()));
    } catch (DateTimeParseException e) {
      report(
          IatiProblem.INVALID_VALUE,
          Severity.WARNING,
          xpath,
          at,
          "'" + iso + "' is not a date such as 2026-01-31; it is ignored");
      return Optional.empty();
    }
  }

  private void recipientCountry() throws XmlCursor.Stop, IOException {
    String xpath = cursor.xpath();
    int at = cursor.line();
    String code = cursor.attribute("code");
    attributes("code", "percentage");
    // Narratives name the country its code already gives.
    cursor.skip();
    if (code == null || code.isBlank()) {
      report(IatiProblem.MISSING, Severity.WARNING, xpath, at, "a recipient country without code");
      return;
    }
    recipients.add(new Located(code.strip(), xpath, at));
  }

  private void sector() throws XmlCursor.Stop, IOException {
    String xpath = cursor.xpath();
    int at = cursor.line();
    String vocabulary = cursor.attribute("vocabulary");
    String uri = cursor.attribute("vocabulary-uri");
    String code = cursor.attribute("code");
    String percentage = cursor.attribute("percentage");
    attributes("vocabulary", "vocabulary-uri", "code", "percentage");
    // Narratives name the sector its code already gives.
    cursor.skip();
    Optional<BigDecimal> share =
        percentage == null ? Optional.empty() : decimal(percentage, xpath, at);
    if (percentage != null && share.isEmpty()) {
      return;
    }
    if (vocabulary == null || vocabulary.equals(ActivityXml.DAC_VOCABULARY)) {
      dacSectors.add(new Proposer.DacSector(code, share.orElse(null), xpath, at));
    } else if (vocabulary.equals(ActivityXml.OWN_VOCABULARY)
        && ModelTag.ACTIVITY_SECTORS.equals(uri)) {
      Optional<Activity> activity = Activity.find(code == null ? "" : code);
      if (activity.isEmpty()) {
        report(
            IatiProblem.INVALID_VALUE,
            Severity.WARNING,
            xpath,
            at,
            "'" + code + "' is not an activity of the model; the sector is ignored");
        return;
      }
      activitySectors.put(activity.get(), share.orElse(null));
      activitySectorShares |= share.isPresent();
    } else {
      report(
          IatiProblem.UNMAPPED,
          Severity.INFO,
          xpath,
          at,
          "sector " + code + " of vocabulary " + vocabulary + " has no place in the model");
    }
  }

  private void tag() throws XmlCursor.Stop, IOException {
    String xpath = cursor.xpath();
    int at = cursor.line();
    String vocabulary = cursor.attribute("vocabulary");
    String uri = cursor.attribute("vocabulary-uri");
    String code = cursor.attribute("code") == null ? "" : cursor.attribute("code");
    attributes("vocabulary", "vocabulary-uri", "code");
    cursor.skip();
    Optional<ModelTag> modelTag =
        ActivityXml.OWN_VOCABULARY.equals(vocabulary) ? ModelTag.ofUri(uri) : Optional.empty();
    if (modelTag.isEmpty()) {
      if (ActivityXml.SDG_TARGET_VOCABULARY.equals(vocabulary)) {
        pending(
            IatiFindings.imported(
                IatiProblem.UNMAPPED,
                Severity.INFO,
                xpath,
                at,
                "The SDG target " + code + " is not kept; the model derives its targets."),
            true);
      } else {
        report(
            IatiProblem.UNMAPPED,
            Severity.INFO,
            xpath,
            at,
            "tag " + code + " of vocabulary " + vocabulary + " has no place in the model");
      }
      return;
    }
    if (modelTag.get() == ModelTag.COUNTRY_ROLE) {
      countryRole(code, xpath, at);
      return;
    }
    Optional<? extends Term> term = modelTag.get().vocabulary().orElseThrow().find(code);
    if (term.isEmpty()) {
      report(
          IatiProblem.INVALID_VALUE,
          Severity.WARNING,
          xpath,
          at,
          "'" + code + "' is not a code of the model's " + uri + "; the tag is ignored");
      return;
    }
    tags.computeIfAbsent(modelTag.get(), key -> new ArrayList<>()).add(term.get());
  }

  private void countryRole(String code, String xpath, int at) {
    int colon = code.indexOf(':');
    Optional<CountryRole> role =
        colon < 0 ? Optional.empty() : CountryRole.find(code.substring(colon + 1));
    if (role.isEmpty() || colon == 0) {
      report(
          IatiProblem.INVALID_VALUE,
          Severity.WARNING,
          xpath,
          at,
          "'" + code + "' is not a country code, a colon and a role; the tag is ignored");
      return;
    }
    roleCountries.add(ProgrammeCountry.of(code.substring(0, colon), role.get()));
  }

  private void budget() throws XmlCursor.Stop, IOException {
    String xpath = cursor.xpath();
    int at = cursor.line();
    String type = cursor.attribute("type");
    attributes("type", "status");
    LocalDate start = null;
    LocalDate end = null;
    String value = null;
    String currency = null;
    Set<String> seen = new LinkedHashSet<>();
    while (cursor.nextChild()) {
      String child = cursor.xpath();
      int childLine = cursor.line();
      String name = cursor.name();
      boolean known =
          cursor.namespace().isEmpty()
              && List.of("period-start", "period-end", "value").contains(name);
      if (known && !seen.add(name)) {
        report(
            IatiProblem.REPEATED, Severity.WARNING, "a second " + name + " in a budget, ignored");
        cursor.skip();
        continue;
      }
      switch (known ? name : "") {
        case "period-start" -> {
          start = date(cursor.attribute("iso-date"), child, childLine).orElse(null);
          attributes("iso-date");
          strayTextIn(child, childLine);
        }
        case "period-end" -> {
          end = date(cursor.attribute("iso-date"), child, childLine).orElse(null);
          attributes("iso-date");
          strayTextIn(child, childLine);
        }
        case "value" -> {
          currency = cursor.attribute("currency");
          attributes("currency", "value-date");
          value = text().strip();
        }
        default -> {
          unmapped("the model has no place for " + name + " in a budget");
          cursor.skip();
        }
      }
    }
    Optional<BigDecimal> amount = value == null ? Optional.empty() : decimal(value, xpath, at);
    if (start == null || end == null || amount.isEmpty()) {
      report(
          IatiProblem.INVALID_VALUE,
          Severity.WARNING,
          xpath,
          at,
          "a budget without a valid period and value is ignored");
      return;
    }
    String budgetCurrency = currency != null ? currency : defaultCurrency;
    boolean revised = "2".equals(type);
    BudgetLine line = new BudgetLine(revised, amount.get(), budgetCurrency);
    BudgetLine earlier = budgets.get(List.of(start, end));
    if (earlier == null || (revised && !earlier.revised())) {
      budgets.put(List.of(start, end), line);
    } else {
      report(
          IatiProblem.REPEATED,
          Severity.WARNING,
          xpath,
          at,
          "a second budget for "
              + start
              + " to "
              + end
              + ", ignored; a revised one (type 2)"
              + " replaces an original one");
    }
  }

  private Optional<BigDecimal> decimal(String text, String xpath, int at) {
    try {
      return Optional.of(new BigDecimal(text.strip()));
    } catch (NumberFormatException e) {
      report(
          IatiProblem.INVALID_VALUE,
          Severity.WARNING,
          xpath,
          at,
          "'" + text + "' is not a decimal number; the element is ignored");
      return Optional.empty();
    }
  }

  private ImportedActivity build() {
    boolean written = !activitySectors.isEmpty() || !tags.isEmpty() || !roleCountries.isEmpty();
    String id = programmeId();
    String title = chosenTitle();
    Programme.Builder programme = Programme.builder().id(id).title(title).partners(partners);
    Optional<String> description = chosenDescription(title);
    description.ifPresent(programme::description);
    period().ifPresent(programme::period);
    programme.countries(countries(written));
    budget(written).ifPresent(programme::budget);
    Classification classification;
    ClassificationSource source;
    ImmutableList<Proposal> proposals = ImmutableList.of();
    if (written) {
      classification = writtenClassification();
      source = ClassificationSource.WRITTEN;
    } else {
      Proposer.Outcome outcome = propose(title, description.orElse(""));
      proposals = outcome.proposals();
      Classification.Builder proposed = Classification.builder();
      outcome.primary().ifPresent(proposed::primaryActivity);
      classification = proposed.build();
      source = proposals.isEmpty() ? ClassificationSource.NONE : ClassificationSource.PROPOSED;
      report(
          IatiProblem.PROPOSED,
          Severity.INFO,
          path,
          line,
          proposals.isEmpty()
              ? "no evidence for any activity of the model: the classification is empty"
              : outcome.primary().isPresent()
                  ? "the classification is proposed, not written: primary activity "
                      + outcome.primary().get().code()
                      + " stands out of "
                      + proposals.size()
                      + " proposals; confirm it"
                  : "the classification is proposed, not written, and no activity stands out of "
                      + proposals.size()
                      + " proposals; choose one");
    }
    programme.classification(classification);
    ImmutableList.Builder<Finding> kept = ImmutableList.builder();
    for (Pending pending : findings) {
      if (!(written && pending.foreignOnly())) {
        kept.add(pending.finding());
      }
    }
    if (droppedFindings > 0) {
      kept.add(
          IatiFindings.imported(
              IatiProblem.LIMIT_EXCEEDED,
              Severity.WARNING,
              path,
              line,
              droppedFindings + " more findings on this activity are not listed."));
    }
    return new ImportedActivity(
        identifier == null ? "" : identifier,
        line,
        programme.build(),
        source,
        proposals,
        kept.build());
  }

  private String programmeId() {
    if (identifier == null || identifier.isEmpty()) {
      report(IatiProblem.MISSING, Severity.ERROR, path, line, "the activity has no identifier");
      return "";
    }
    String prefix = reportingRef == null ? null : reportingRef + "-";
    if (prefix != null && identifier.startsWith(prefix) && identifier.length() > prefix.length()) {
      return identifier.substring(prefix.length());
    }
    report(
        IatiProblem.IDENTIFIER_PREFIX,
        Severity.WARNING,
        path + "/iati-identifier[1]",
        line,
        "the identifier "
            + identifier
            + " does not begin with the reporting organisation's identifier "
            + reportingRef
            + " and a hyphen; it is kept whole as the programme id");
    return identifier;
  }

  private String chosenTitle() {
    Optional<Narrative> title = choose(titles, "title");
    if (title.isEmpty() || title.get().text().isEmpty()) {
      report(IatiProblem.MISSING, Severity.ERROR, path, line, "the activity has no title");
      return "";
    }
    return title.get().text();
  }

  /** A description equal to the title is what the exporter writes for none. */
  private Optional<String> chosenDescription(String title) {
    return choose(descriptions, "description")
        .map(Narrative::text)
        .filter(text -> !text.isEmpty() && !text.equals(title));
  }

  /**
   * The narrative in the activity's language, else in English, French or Spanish, else the first;
   * the others are reported, as a programme holds one text.
   */
  private Optional<Narrative> choose(List<Narrative> narratives, String what) {
    Narrative chosen = null;
    List<String> order = new ArrayList<>();
    order.add(language);
    order.addAll(PREFERRED_LANGUAGES);
    for (String wanted : order) {
      for (Narrative narrative : narratives) {
        if (chosen == null && narrative.language().equals(wanted)) {
          chosen = narrative;
        }
      }
    }
    if (chosen == null && !narratives.isEmpty()) {
      chosen = narratives.get(0);
    }
    for (Narrative narrative : narratives) {
      if (narrative != chosen) {
        report(
            IatiProblem.UNMAPPED,
            Severity.INFO,
            narrative.xpath(),
            narrative.line(),
            "the "
                + what
                + " in '"
                + narrative.language()
                + "' is not kept: a programme holds one "
                + what
                + ", here the one in '"
                + chosen.language()
                + "'");
      }
    }
    return Optional.ofNullable(chosen);
  }

  /** Actual dates before planned ones; the planned one then is reported. */
  private Optional<ProgrammePeriod> period() {
    Optional<LocalDate> start = periodDate("2", "1", "start");
    Optional<LocalDate> end = periodDate("4", "3", "end");
    if (start.isEmpty() || end.isEmpty()) {
      report(
          IatiProblem.MISSING,
          Severity.WARNING,
          path,
          line,
          "the activity gives no " + (start.isEmpty() ? "start" : "end") + " date, so no period");
      return Optional.empty();
    }
    return Optional.of(ProgrammePeriod.of(start.get(), end.get()));
  }

  private Optional<LocalDate> periodDate(String actualType, String plannedType, String what) {
    Dated actual = dates.get(actualType);
    Dated planned = dates.get(plannedType);
    if (actual != null && planned != null) {
      report(
          IatiProblem.UNMAPPED,
          Severity.INFO,
          planned.xpath(),
          planned.line(),
          "the planned " + what + " date is not kept; the actual one is");
    }
    return Optional.ofNullable(actual != null ? actual : planned).map(Dated::date);
  }

  private List<ProgrammeCountry> countries(boolean written) {
    List<ProgrammeCountry> countries = new ArrayList<>(written ? roleCountries : List.of());
    Set<String> known = new LinkedHashSet<>();
    countries.forEach(country -> known.add(country.code()));
    for (Located recipient : recipients) {
      if (known.add(recipient.value())) {
        countries.add(ProgrammeCountry.of(recipient.value(), ASSUMED_ROLE));
        report(
            IatiProblem.ROLE_ASSUMED,
            Severity.INFO,
            recipient.xpath(),
            recipient.line(),
            "IATI gives no role for recipient country "
                + recipient.value()
                + "; it is taken as "
                + ASSUMED_ROLE.code());
      }
    }
    return countries;
  }

  private Optional<Budget> budget(boolean written) {
    List<Allocation> allocations = new ArrayList<>();
    boolean shares = written && activitySectorShares;
    if (shares) {
      activitySectors.forEach(
          (activity, share) -> {
            if (share != null && share.signum() != 0) {
              allocations.add(Allocation.of(activity, share));
            }
          });
    }
    if (budgets.isEmpty()) {
      if (!allocations.isEmpty()) {
        report(
            IatiProblem.MISSING,
            Severity.WARNING,
            path,
            line,
            "the activity has no budget, so its sector percentages are not kept as allocations");
      }
      return Optional.empty();
    }
    Set<String> currencies = new LinkedHashSet<>();
    BigDecimal total = null;
    for (BudgetLine budget : budgets.values()) {
      currencies.add(String.valueOf(budget.currency()));
      total = total == null ? budget.value() : total.add(budget.value());
    }
    if (currencies.size() != 1 || currencies.contains("null")) {
      report(
          IatiProblem.INVALID_VALUE,
          Severity.WARNING,
          path,
          line,
          "the budgets are in "
              + (currencies.contains("null")
                  ? "no stated currency"
                  : "several currencies " + currencies)
              + ", so no budget is kept");
      return Optional.empty();
    }
    return Optional.of(
        Budget.builder()
            .currency(currencies.iterator().next())
            .total(total)
            .allocations(allocations)
            .build());
  }

  private Classification writtenClassification() {
    Classification.Builder classification = Classification.builder();
    Optional<Activity> primary = first(ModelTag.PRIMARY_ACTIVITY, Activity.class);
    primary.ifPresent(classification::primaryActivity);
    first(ModelTag.DECLARED_PRIMARY_AREA, Area.class)
        .ifPresent(classification::declaredPrimaryArea);
    for (Activity activity : activitySectors.keySet()) {
      if (primary.isEmpty() || activity != primary.get()) {
        classification.addSecondaryActivities(activity);
      }
    }
    classification.crossCuttingActivities(
        all(ModelTag.CROSS_CUTTING_ACTIVITY, CrossCuttingActivity.class));
    classification.themes(all(ModelTag.THEME, Theme.class));
    classification.modalities(all(ModelTag.MODALITY, Modality.class));
    classification.drivers(all(ModelTag.DRIVER, Driver.class));
    classification.targetGroups(all(ModelTag.TARGET_GROUP, PopulationGroup.class));
    return classification.build();
  }

  private <T extends Term> Optional<T> first(ModelTag tag, Class<T> type) {
    List<T> terms = all(tag, type);
    if (terms.size() > 1) {
      report(
          IatiProblem.REPEATED,
          Severity.WARNING,
          path,
          line,
          "several " + tag.uri() + " tags; the first, " + terms.get(0).code() + ", is kept");
    }
    return terms.stream().findFirst();
  }

  private <T extends Term> List<T> all(ModelTag tag, Class<T> type) {
    List<T> terms = new ArrayList<>();
    for (Term term : tags.getOrDefault(tag, List.of())) {
      terms.add(type.cast(term));
    }
    return terms;
  }

  private Proposer.Outcome propose(String title, String description) {
    for (Proposer.DacSector sector : dacSectors) {
      if (proposer.links(sector.code() == null ? "" : sector.code()).isEmpty()) {
        report(
            IatiProblem.UNMAPPED,
            Severity.INFO,
            sector.xpath(),
            sector.line(),
            "DAC code " + sector.code() + " is linked to no activity of the model");
      }
    }
    return proposer.propose(dacSectors, title, description);
  }

  /** Reports attributes other than the given ones, which the model has no place for. */
  private void attributes(String... known) {
    List<String> allowed = List.of(known);
    for (int i = 0; i < cursor.attributeCount(); i++) {
      String name = cursor.attributeName(i);
      if (!allowed.contains(name)) {
        report(
            IatiProblem.UNMAPPED,
            Severity.INFO,
            cursor.xpath() + "/@" + name,
            cursor.line(),
            "the attribute " + name + " has no place in the model");
      }
    }
  }

  private String text() throws XmlCursor.Stop, IOException {
    return cursor.text(
        (child, at) ->
            report(
                IatiProblem.UNMAPPED,
                Severity.INFO,
                child,
                at,
                "an element inside text is not kept"));
  }

  /** Reads an element that should be empty, reporting any text or child element in it. */
  private void strayTextIn(String xpath, int at) throws XmlCursor.Stop, IOException {
    if (!text().isBlank()) {
      report(
          IatiProblem.UNMAPPED, Severity.INFO, xpath, at, "text in an empty element is not kept");
    }
  }

  private void strayText(String xpath, int at) {
    if (cursor.strayText()) {
      report(IatiProblem.UNMAPPED, Severity.INFO, xpath, at, "text between elements is not kept");
    }
  }

  private void unmapped(String what) {
    report(IatiProblem.UNMAPPED, Severity.INFO, cursor.xpath(), cursor.line(), capitalised(what));
  }

  private void foreignOnly(String what) {
    pending(
        IatiFindings.imported(
            IatiProblem.UNMAPPED, Severity.INFO, cursor.xpath(), cursor.line(), capitalised(what)),
        true);
  }

  private void report(IatiProblem id, Severity severity, String what) {
    report(id, severity, cursor.xpath(), cursor.line(), what);
  }

  private void report(IatiProblem id, Severity severity, String xpath, int at, String what) {
    pending(IatiFindings.imported(id, severity, xpath, at, capitalised(what)), false);
  }

  private void pending(Finding finding, boolean foreignOnly) {
    if (findings.size() < MAX_FINDINGS) {
      findings.add(new Pending(finding, foreignOnly));
    } else {
      droppedFindings++;
    }
  }

  private static String capitalised(String what) {
    String sentence = Character.toUpperCase(what.charAt(0)) + what.substring(1);
    return sentence.endsWith(".") ? sentence : sentence + ".";
  }
}
