package org.migrationmodel.json;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.migrationmodel.programme.Allocation;
import org.migrationmodel.programme.Budget;
import org.migrationmodel.programme.Programme;
import org.migrationmodel.programme.ProgrammeCountry;

/**
 * The unknown members of every object of a programme, each keyed by its pointer in the writer's
 * document.
 */
final class UnknownMembersOf {
  private UnknownMembersOf() {}

  static ImmutableMap<String, String> all(Programme programme) {
    ImmutableMap.Builder<String, String> all = ImmutableMap.builder();
    add(all, "", programme.unknownMembers());
    programme.period().ifPresent(period -> add(all, "/period", period.unknownMembers()));
    for (int i = 0; i < programme.countries().size(); i++) {
      ProgrammeCountry country = programme.countries().get(i);
      add(all, "/countries/" + i, country.unknownMembers());
    }
    add(all, "/classification", programme.classification().unknownMembers());
    if (programme.budget().isPresent()) {
      Budget budget = programme.budget().get();
      add(all, "/budget", budget.unknownMembers());
      for (int i = 0; i < budget.allocations().size(); i++) {
        Allocation allocation = budget.allocations().get(i);
        add(all, "/budget/allocations/" + i, allocation.unknownMembers());
      }
    }
    return all.buildOrThrow();
  }

  static int count(Programme programme) {
    return all(programme).size();
  }

  private static void add(
      ImmutableMap.Builder<String, String> all, String object, Map<String, String> members) {
    members.forEach((name, json) -> all.put(object + "/" + name, json));
  }
}
