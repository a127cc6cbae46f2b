package org.migrationmodel.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.migrationmodel.json.JsonProblem;
import org.migrationmodel.taxonomy.ClosestCodes;
import org.migrationmodel.validation.FindingType;
import org.migrationmodel.validation.StandardRule;
import org.migrationmodel.validation.ValidatorProblem;

/**
 * Every finding id that {@code validate} can print with the standard validator: the standard rules'
 * ids, the JSON reader's problems and the validator's own, each with what the library declares it
 * means.
 */
final class FindingIds {
  private final List<FindingType> types;

  private FindingIds(List<FindingType> types) {
    this.types = List.copyOf(types);
  }

  /** The ids of the standard validator and reader. */
  static FindingIds standard() {
    List<FindingType> all = new ArrayList<>();
    all.addAll(List.of(StandardRule.values()));
    all.addAll(List.of(JsonProblem.values()));
    all.addAll(List.of(ValidatorProblem.values()));
    return new FindingIds(all);
  }

  /** Every id, in the order: rules, reader problems, rule-failure. */
  List<String> ids() {
    return types.stream().map(FindingType::id).toList();
  }

  Optional<FindingType> find(String id) {
    return types.stream().filter(type -> type.id().equals(id)).findFirst();
  }

  /** The known ids nearest to a misspelt one by edit distance, nearest first; maybe none. */
  List<String> closest(String wanted) {
    return ClosestCodes.among(ids(), wanted);
  }
}
