package org.migrationmodel.iati;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whose budget holds whose among the activities of one file. A parent activity's budget holds its
 * children's (IATI RelatedActivityType 1 and 2, named by either side): publishers such as the
 * French development agency give a parent and its child the same 6,860,206 EUR, so that a total
 * over the file's programmes would count it twice. Of an activity and any ancestor or descendant,
 * the budget read first is counted and the later one is left out. A budget of zero holds nothing
 * and is counted beside any other.
 *
 * <p>The importer streams, so it remembers only the last {@value #REMEMBERED} activities that have
 * a budget counted or a relation named: memory stays flat whatever the file's length, and a parent
 * and child read further apart than that are not matched.
 */
final class BudgetHierarchy {
  /** How many activities are remembered; parents and children are far closer in real files. */
  static final int REMEMBERED = 5_000;

  /**
   * What is remembered of an activity, by identifier: its level (0 until it is read), the parents
   * and children named with it, whether its budget is counted.
   */
  private static final class Node {
    int level;
    final List<String> parents = new ArrayList<>(0);
    final List<String> children = new ArrayList<>(0);
    boolean counted;
  }

  /**
   * The activities whose counted budgets hold an activity's money.
   *
   * @param above whether they are above it (its parent, or an activity its parent belongs to),
   *     rather than below it (its children, or theirs)
   * @param identifiers their identifiers: the nearest on each line above or below
   */
  record Holders(boolean above, List<String> identifiers) {}

  private final Map<String, Node> nodes =
      new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Node> eldest) {
          return size() > REMEMBERED;
        }
      };

  /**
   * The activities read before this one, above or below it, whose counted budgets already hold its
   * money; empty when there are none. Notes what the activity names of its parent and children,
   * whether or not it has a budget.
   */
  Optional<Holders> holders(RawActivity raw) {
    Optional<String> identifier = raw.identifier().filter(id -> !id.isEmpty());
    if (identifier.isEmpty()) {
      return Optional.empty();
    }
    String id = identifier.get();
    for (RawActivity.Relation relation : raw.relations()) {
      if (relation.parent()) {
        link(relation.ref(), id);
      } else {
        link(id, relation.ref());
      }
    }
    Node node = nodes.get(id);
    if (node == null) {
      return Optional.empty();
    }
    node.level = raw.hierarchy();
    List<String> ancestors = nearestCounted(node, true);
    if (!ancestors.isEmpty()) {
      return Optional.of(new Holders(true, ancestors));
    }
    List<String> descendants = nearestCounted(node, false);
    return descendants.isEmpty() ? Optional.empty() : Optional.of(new Holders(false, descendants));
  }

  /** Notes that the activity's budget is counted. */
  void counted(RawActivity raw) {
    raw.identifier()
        .filter(id -> !id.isEmpty())
        .ifPresent(
            id -> {
              Node node = nodes.computeIfAbsent(id, key -> new Node());
              node.level = raw.hierarchy();
              node.counted = true;
            });
  }

  /** Whether a parent and child named by a relation are both read and at levels that agree. */
  private static boolean isPart(Node parent, Node child) {
    return parent.level > 0 && child.level > 0 && parent.level < child.level;
  }

  private void link(String parent, String child) {
    Node childNode = nodes.computeIfAbsent(child, key -> new Node());
    if (!parent.equals(child) && !childNode.parents.contains(parent)) {
      childNode.parents.add(parent);
      nodes.computeIfAbsent(parent, key -> new Node()).children.add(child);
    }
  }

  /**
   * The nearest activities with counted budgets on each line above or below the activity, through
   * relations whose levels agree; since levels rise from parent to child, no line comes back.
   */
  private List<String> nearestCounted(Node start, boolean above) {
    List<String> counted = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Deque<Node> next = new ArrayDeque<>(List.of(start));
    while (!next.isEmpty()) {
      Node node = next.poll();
      for (String id : above ? node.parents : node.children) {
        Node other = nodes.get(id);
        boolean part = other != null && (above ? isPart(other, node) : isPart(node, other));
        if (part && seen.add(id)) {
          if (other.counted) {
            counted.add(id);
          } else {
            next.add(other);
          }
        }
      }
    }
    return List.copyOf(counted);
  }
}
