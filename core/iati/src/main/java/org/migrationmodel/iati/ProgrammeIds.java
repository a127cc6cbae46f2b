package org.migrationmodel.iati;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.migrationmodel.validation.Severity;

/**
 * A programme's id from its activity's identifier: the identifier without the organisation prefix
 * IATI puts in front of it, which is the reporting organisation's identifier or a previous one
 * declared as an {@code other-identifier} of type B1, as the IATI Validator's rule 1.1.1 allows.
 * When the exporter had to replace characters IATI flags, the id it kept as an {@code
 * other-identifier} of type A1 is given back.
 */
final class ProgrammeIds {
  static final String PREVIOUS_REPORTING_ORGANISATION = "B1";
  static final String INTERNAL_IDENTIFIER = "A1";

  private ProgrammeIds() {}

  static String of(RawActivity raw, MappingLog log) {
    String identifier = raw.identifier().orElse("");
    if (identifier.isEmpty()) {
      log.problem(IatiProblem.MISSING, Severity.ERROR, raw.at(), "the activity has no identifier");
      noteOthers(raw, Optional.empty(), log);
      return "";
    }
    List<String> prefixes = new ArrayList<>();
    raw.reportingRef().filter(ref -> !ref.isEmpty()).ifPresent(prefixes::add);
    for (RawActivity.OtherIdentifier other : raw.otherIdentifiers()) {
      if (other.type().equals(PREVIOUS_REPORTING_ORGANISATION) && !other.ref().isEmpty()) {
        prefixes.add(other.ref());
      }
    }
    for (String prefix : prefixes) {
      String withHyphen = prefix + "-";
      if (identifier.startsWith(withHyphen) && identifier.length() > withHyphen.length()) {
        String suffix = identifier.substring(withHyphen.length());
        Optional<RawActivity.OtherIdentifier> internal = internalId(raw, suffix);
        noteOthers(raw, internal, log);
        return internal.map(RawActivity.OtherIdentifier::ref).orElse(suffix);
      }
    }
    log.problem(
        IatiProblem.IDENTIFIER_PREFIX,
        Severity.WARNING,
        raw.identifierAt(),
        "the identifier "
            + identifier
            + " does not begin with the reporting organisation's identifier "
            + raw.reportingRef().orElse("(none)")
            + " and a hyphen; it is kept whole as the programme id");
    noteOthers(raw, Optional.empty(), log);
    return identifier;
  }

  /** The A1 identifier whose flagged characters, written as hyphens, give the suffix. */
  private static Optional<RawActivity.OtherIdentifier> internalId(RawActivity raw, String suffix) {
    for (RawActivity.OtherIdentifier other : raw.otherIdentifiers()) {
      if (other.type().equals(INTERNAL_IDENTIFIER)
          && !other.ref().equals(suffix)
          && IatiIdentifiers.isFlagged(other.ref())
          && IatiIdentifiers.safe(other.ref()).equals(suffix)) {
        return Optional.of(other);
      }
    }
    return Optional.empty();
  }

  /** Other identifiers that gave neither the prefix nor the id are not kept. */
  private static void noteOthers(
      RawActivity raw, Optional<RawActivity.OtherIdentifier> used, MappingLog log) {
    for (RawActivity.OtherIdentifier other : raw.otherIdentifiers()) {
      boolean read =
          other.type().equals(PREVIOUS_REPORTING_ORGANISATION)
              || used.filter(other::equals).isPresent();
      if (!read) {
        log.notKept(
            NotKept.qualified(
                other.at(),
                "[@type=" + other.type() + "]",
                "other identifiers of type " + other.type() + " are not kept"));
      }
    }
  }
}
