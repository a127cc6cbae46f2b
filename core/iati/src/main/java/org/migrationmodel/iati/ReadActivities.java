package org.migrationmodel.iati;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What the importer remembers of the activities of one file read so far, so that no budget is
 * counted twice across activities: their identifiers, the parents and children they name, and whose
 * budget it counted.
 *
 * <p>A parent activity's budget holds its children's (IATI RelatedActivityType 1 and 2, named by
 * either side): the French development agency gives a parent and its child the same 6,860,206 EUR,
 * so that a total over the file's programmes would count it twice. Of an activity and any ancestor
 * or descendant, the budget read first is counted and the later one is left out. A relation counts
 * only when both activities are read and the parent's {@code hierarchy} is below the child's:
 * publishers name relations loosely (ECHO's actions, at level 2, name the humanitarian plan of
 * level 1 that funds them as their "child"; Finland names last year's record of a grant as this
 * year's parent), and neither a plan below its actions nor two records of one level are a part of
 * one another.
 *
 * <p>An activity whose identifier was read before is the same activity again, as IATI gives each
 * its own identifier: its budget is left out when the first one's was counted.
 *
 * <p>A budget of zero holds nothing and is counted beside any other. The importer streams, so only
 * the last {@value #REMEMBERED} activities are remembered: memory stays flat whatever the file's
 * length, and activities read further apart than that are not matched.
 */
final class ReadActivities {
  /** How many activities are remembered; parents and children are far closer in real files. */
  static final int REMEMBERED = 5_000;

  /** How the activities that already count a budget stand to the one read. */
  enum Standing {
    /** Above it: its parent, or an activity its parent belongs to. */
    ABOVE,
    /** Below it: its children, or theirs. */
    BELOW,
    /** An activity read before with the same identifier. */
    SAME_IDENTIFIER
  }

  /**
   * The activities whose counted budgets hold an activity's money.
   *
   * @param identifiers the nearest on each line above or below, or the identifier read twice
   */
  record Holders(Standing standing, List<String> identifiers) {}

  /**
   * What is remembered of an activity, by identifier: whether it was read yet, and where first, its
   * level, the parents and children named with it, whether its budget is counted.
   */
  private static final class Node {
    boolean read;
    int line;
    int level;
    final List<String> parents = new ArrayList<>(0);
    final List<String> children = new ArrayList<>(0);
    boolean counted;
  }

  private final Map<String, Node> nodes =
      new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Node> eldest) {
          return size() > REMEMBERED;
        }
      };

  /**
   * Notes an activity as read, with the parents and children it names.
   *
   * @return the line where an activity with the same identifier was read before; empty when none
   *     was
   */
  OptionalInt read(RawActivity raw) {
    Optional<String> identifier = identifier(raw);
    if (identifier.isEmpty()) {
      return OptionalInt.empty();
    }
    String id = identifier.get();
    Node node = nodes.computeIfAbsent(id, key -> new Node());
    OptionalInt earlier = node.read ? OptionalInt.of(node.line) : OptionalInt.empty();
    if (!node.read) {
      node.read = true;
      node.line = raw.at().line();
      node.level = raw.hierarchy();
    }
    for (RawActivity.Relation relation : raw.relations()) {
      if (relation.parent()) {
        link(relation.ref(), id);
      } else {
        link(id, relation.ref());
      }
    }
    return earlier;
  }

  /**
   * The activities read before this one whose counted budgets already hold its money; empty when
   * there are none. Call after {@link #read}.
   */
  Optional<Holders> holders(RawActivity raw) {
    Node node = identifier(raw).map(nodes::get).orElse(null);
    if (node == null) {
      return Optional.empty();
    }
    String id = identifier(raw).get();
    if (node.counted) {
      return Optional.of(new Holders(Standing.SAME_IDENTIFIER, List.of(id)));
    }
    List<String> ancestors = nearestCounted(node, true);
    if (!ancestors.isEmpty()) {
      return Optional.of(new Holders(Standing.ABOVE, ancestors));
    }
    List<String> descendants = nearestCounted(node, false);
    return descendants.isEmpty()
        ? Optional.empty()
        : Optional.of(new Holders(Standing.BELOW, descendants));
  }

  /** Notes that the activity's budget is counted. Call after {@link #read}. */
  void counted(RawActivity raw) {
    identifier(raw).map(nodes::get).ifPresent(node -> node.counted = true);
  }

  private static Optional<String> identifier(RawActivity raw) {
    return raw.identifier().filter(id -> !id.isEmpty());
  }

  /** Whether a parent and child named by a relation are both read and at levels that agree. */
  private static boolean isPart(Node parent, Node child) {
    return parent.read && child.read && parent.level < child.level;
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
