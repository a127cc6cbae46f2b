package org.migrationmodel.iati;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.migrationmodel.validation.Severity;

/**
 * Reads one {@code iati-activity}, from the cursor positioned at its start, into a {@link
 * RawActivity}: every element is read, or noted as not kept, and nothing is mapped yet. Activities
 * of IATI 1.0x (text directly in titles and descriptions, named codes) and 2.0x are both read; the
 * activity's version decides only whether a second title or description is a translation (1.0x) or
 * a repetition (2.0x). Each activity gets a parser of its own.
 */
final class ActivityParser {
  /** IATI's DescriptionType for an activity's objectives. */
  private static final String DESCRIPTION_OBJECTIVES = "2";

  /** IATI's RelatedActivityType for a parent activity, of which this one is a part. */
  private static final String PARENT = "1";

  /** IATI's RelatedActivityType for a child activity, a part of this one. */
  private static final String CHILD = "2";

  private static final Set<String> ACTIVITY_ATTRIBUTES =
      Set.of(
          "default-currency",
          "xml:lang",
          "last-updated-datetime",
          "version",
          "{" + XmlCursor.DPORTAL_NAMESPACE + "}version");

  private final ElementReader in;
  private final XmlCursor cursor;
  private final boolean versionOne;
  private final String language;
  private final FinanceParser finance;

  private String identifier;
  private At identifierAt;
  private String reportingRef;
  private final Translations titles = new Translations();
  private final Translations descriptions = new Translations();
  private final Translations objectives = new Translations();
  // Every objectives element, in document order, and those that gave a language again.
  private final List<At> objectivesElements = new ArrayList<>();
  private final List<At> objectivesRefused = new ArrayList<>();
  private final ImmutableList.Builder<RawActivity.OtherIdentifier> otherIdentifiers =
      ImmutableList.builder();
  private final ImmutableList.Builder<RawActivity.Organisation> participants =
      ImmutableList.builder();
  private final ImmutableList.Builder<RawActivity.ActivityDate> dates = ImmutableList.builder();
  private final ImmutableList.Builder<RawActivity.Share> countries = ImmutableList.builder();
  private final ImmutableList.Builder<RawActivity.Share> regions = ImmutableList.builder();
  private final ImmutableList.Builder<RawActivity.Code> sectors = ImmutableList.builder();
  private final ImmutableList.Builder<RawActivity.Code> tags = ImmutableList.builder();
  private final ImmutableList.Builder<RawActivity.Relation> relations = ImmutableList.builder();

  private ActivityParser(XmlCursor cursor, String fileVersion) {
    this.cursor = cursor;
    this.in = new ElementReader(cursor);
    String version = cursor.attribute("version");
    if (version == null) {
      version = cursor.attribute(XmlCursor.DPORTAL_NAMESPACE, "version");
    }
    this.versionOne = (version == null ? fileVersion : version).strip().startsWith("1.");
    this.language = cursor.language() == null ? "en" : cursor.language();
    this.finance = new FinanceParser(in);
  }

  /**
   * Reads the activity at the cursor.
   *
   * @param fileVersion the version the file's root states, empty when none; an activity's own
   *     {@code version}, as d-portal and datastores give it, comes first
   */
  static RawActivity read(XmlCursor cursor, String fileVersion) throws XmlCursor.Stop, IOException {
    cursor.startActivity();
    return new ActivityParser(cursor, fileVersion).readActivity();
  }

  private RawActivity readActivity() throws XmlCursor.Stop, IOException {
    At activity = in.at();
    Optional<String> defaultCurrency =
        Optional.ofNullable(cursor.attribute("default-currency")).map(String::strip);
    int hierarchy = hierarchy(cursor.attribute("hierarchy"));
    in.attributes(ACTIVITY_ATTRIBUTES);
    while (cursor.nextChild()) {
      if (!cursor.isIati()) {
        in.skip("the extension element " + cursor.name() + " has no place in the model");
        continue;
      }
      child();
    }
    in.textBetweenNotKept(
        new At(activity.xpath() + "/text()", activity.line()), "text between elements is not kept");
    for (At objectivesAt : descriptions.seen() ? objectivesElements : objectivesRefused) {
      in.notKept(descriptionNotKept(objectivesAt, DESCRIPTION_OBJECTIVES));
    }
    return new RawActivity(
        activity,
        language,
        defaultCurrency,
        hierarchy,
        Optional.ofNullable(identifier),
        identifierAt == null ? activity : identifierAt,
        Optional.ofNullable(reportingRef),
        otherIdentifiers.build(),
        titles.narratives(),
        descriptions.seen() ? descriptions.narratives() : objectives.narratives(),
        participants.build(),
        dates.build(),
        countries.build(),
        regions.build(),
        sectors.build(),
        tags.build(),
        finance.budgets(),
        finance.transactions(),
        relations.build(),
        in.findings(),
        in.findingsLeftOut(),
        in.notKept());
  }

  private void child() throws XmlCursor.Stop, IOException {
    switch (cursor.name()) {
      case "iati-identifier" -> identifier();
      case "reporting-org" -> reportingOrg();
      case "title" -> title();
      case "description" -> description();
      case "participating-org" -> participatingOrg();
      case "other-identifier" -> otherIdentifier();
      case "activity-status" -> {
        in.notKept(
            NotKept.derived(
                in.at(), "the activity status is not kept; the model's period gives it"));
        cursor.skip();
      }
      case "activity-date" -> activityDate();
      case "recipient-country" -> finance.country(countries);
      case "recipient-region" -> finance.region(regions);
      case "sector" -> finance.sector(sectors);
      case "tag" -> tag();
      case "budget" -> finance.budget();
      case "transaction" -> finance.transaction();
      case "related-activity" -> relatedActivity();
      default -> in.skip("the model has no place for " + cursor.name());
    }
  }

  /** The level an activity's {@code hierarchy} gives it; IATI assumes 1 where none is given. */
  private static int hierarchy(String value) {
    if (value != null) {
      try {
        int level = Integer.parseInt(value.strip());
        if (level >= 1) {
          return level;
        }
      } catch (NumberFormatException e) {
        // Not a level: read as IATI reads a missing one.
      }
    }
    return 1;
  }

  /**
   * A {@code related-activity}: the model has no place for it, but a parent or child named here
   * tells whose budget holds whose ({@link ReadActivities}).
   */
  private void relatedActivity() throws XmlCursor.Stop, IOException {
    String ref = cursor.attribute("ref");
    String type = cursor.attribute("type");
    String kind = type == null ? "" : type.strip();
    if (ref != null && !ref.isBlank() && (kind.equals(PARENT) || kind.equals(CHILD))) {
      relations.add(new RawActivity.Relation(ref.strip(), kind.equals(PARENT), in.at()));
    }
    in.skip("the model has no place for " + cursor.name());
  }

  private void identifier() throws XmlCursor.Stop, IOException {
    At at = in.at();
    in.attributes(Set.of());
    String text = in.text().strip();
    if (identifier != null) {
      in.problem(IatiProblem.REPEATED, Severity.WARNING, at, "a second identifier, ignored");
    } else {
      identifier = text;
      identifierAt = at;
    }
  }

  private void reportingOrg() throws XmlCursor.Stop, IOException {
    // The organisation's identifier checks the activity identifier's prefix; its name and type
    // describe the publisher, not the programme.
    if (reportingRef != null) {
      in.problem(
          IatiProblem.REPEATED, Severity.WARNING, "a second reporting organisation, ignored");
      cursor.skip();
      return;
    }
    in.attributes(Set.of("ref", "type", "secondary-reporter"));
    String ref = cursor.attribute("ref");
    reportingRef = ref == null ? "" : ref.strip();
    cursor.skip();
  }

  private void title() throws XmlCursor.Stop, IOException {
    At at = in.at();
    in.attributes(Set.of("xml:lang"));
    if (!titles.add(in.narratives(language), versionOne)) {
      in.problem(
          IatiProblem.REPEATED,
          Severity.WARNING,
          at,
          "a second title in a language already given, ignored");
    }
  }

  /**
   * A {@code description}: the general one (type 1, or no type) describes the programme; the
   * objectives (type 2) stand in for it where the activity gives none, as ECHO's and OCHA's pooled
   * funds' activities do. Which of the two is kept is known only at the activity's end. Either may
   * come as one element per language ({@link Translations}).
   */
  private void description() throws XmlCursor.Stop, IOException {
    String kind = IatiCodes.descriptionType(cursor.attribute("type"));
    At at = in.at();
    boolean general = kind.equals(ActivityXml.DESCRIPTION_GENERAL);
    if (!general && !kind.equals(DESCRIPTION_OBJECTIVES)) {
      in.notKept(descriptionNotKept(at, kind));
      cursor.skip();
      return;
    }
    in.attributes(Set.of("type", "xml:lang"));
    List<RawActivity.Narrative> narratives = in.narratives(language);
    if (!general) {
      objectivesElements.add(at);
      if (!objectives.add(narratives, versionOne)) {
        objectivesRefused.add(at);
      }
    } else if (!descriptions.add(narratives, versionOne)) {
      in.problem(
          IatiProblem.REPEATED,
          Severity.WARNING,
          at,
          "a second general description in a language already given, ignored");
    }
  }

  private static NotKept descriptionNotKept(At at, String type) {
    return NotKept.qualified(
        at,
        "[@type=" + type + "]",
        type.equals(DESCRIPTION_OBJECTIVES)
            ? "the model keeps only the general description (type 1), and the objectives (type 2)"
                + " where there is none"
            : "the model keeps only the general description (type 1), not type " + type);
  }

  private void participatingOrg() throws XmlCursor.Stop, IOException {
    At at = in.at();
    String ref = cursor.attribute("ref");
    String role = IatiCodes.role(cursor.attribute("role"));
    in.attributes(Set.of("ref", "type", "role", "activity-id", "crs-channel-code", "xml:lang"));
    ImmutableList<RawActivity.Narrative> names = in.narratives(language);
    participants.add(
        new RawActivity.Organisation(
            Optional.ofNullable(ref).map(String::strip).filter(value -> !value.isEmpty()),
            role,
            names.stream().map(RawActivity.Narrative::text).filter(n -> !n.isEmpty()).findFirst(),
            at));
  }

  private void otherIdentifier() throws XmlCursor.Stop, IOException {
    At at = in.at();
    String ref = cursor.attribute("ref");
    String type = cursor.attribute("type");
    if (ref == null || type == null) {
      in.skip("an other-identifier without ref and type (the IATI 1.0x form) is not kept");
      return;
    }
    in.attributes(Set.of("ref", "type"));
    // The owner organisation names who issued the identifier; the type says what it is.
    cursor.skip();
    otherIdentifiers.add(new RawActivity.OtherIdentifier(ref.strip(), type.strip(), at));
  }

  private void activityDate() throws XmlCursor.Stop, IOException {
    At at = in.at();
    String type = IatiCodes.dateType(cursor.attribute("type"));
    String iso = cursor.attribute("iso-date");
    in.attributes(Set.of("type", "iso-date", "xml:lang"));
    String text = "";
    if (iso == null) {
      text = in.text();
    } else {
      while (cursor.nextChild()) {
        in.skip("the model keeps the date, not its " + cursor.name());
      }
      // IATI 1.0x dates hold the date as written too; the model keeps the iso-date.
      in.textBetweenNotKept(at, "text in an activity date is not kept; its iso-date is");
    }
    if (!Set.of("1", "2", "3", "4").contains(type)) {
      in.problem(
          IatiProblem.INVALID_VALUE,
          Severity.WARNING,
          at,
          "the activity date type " + type + " is not 1 to 4; the date is ignored");
      return;
    }
    Optional<LocalDate> date = in.date(iso != null ? iso : text, at);
    date.ifPresent(value -> dates.add(new RawActivity.ActivityDate(type, value, at)));
  }

  private void tag() throws XmlCursor.Stop, IOException {
    At at = in.at();
    String vocabulary = cursor.attribute("vocabulary");
    String uri = cursor.attribute("vocabulary-uri");
    String code = cursor.attribute("code");
    in.attributes(Set.of("vocabulary", "vocabulary-uri", "code"));
    // Narratives name the tag its code already gives.
    cursor.skip();
    tags.add(
        new RawActivity.Code(
            vocabulary == null ? "" : vocabulary.strip(),
            Optional.ofNullable(uri).map(String::strip),
            code == null ? "" : code.strip(),
            Optional.<BigDecimal>empty(),
            at));
  }
}
