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
 * counted twice across activities: their identifiers, the parents and children they name, and the
 * periods of the budgets it counted for each.
 *
 * <p>A parent activity's budget holds its children's (IATI RelatedActivityType 1 and 2, named by
 * either side): the French development agency gives a parent and its child the same 6,860,206 EUR
 * for the same day, so that a total over the file's programmes would count it twice. Of an activity
 * and any ancestor or descendant, the budgets read first are counted, and the later one's budgets
 * for periods that those overlap are left out; its budgets for other periods are kept. Finland
 * names last year's record of a grant as this year's parent: the two hold the same money only for
 * the years both give.
 *
 * <p>A relation counts when both activities are read, the parent's {@code hierarchy} number is not
 * greater than the child's, and neither names the other as its parent too. Publishers name
 * relations loosely: ECHO's actions, at level 2, name the humanitarian plan of level 1 that funds
 * them as their "child", which their levels contradict.
 *
 * <p>An activity whose identifier was read before is the same activity again, as IATI gives each
 * its own identifier: its budgets are left out where the first one's were counted.
 *
 * <p>A budget of zero holds nothing and is kept beside any other. The importer streams, so only the
 * last {@value #REMEMBERED} activities are remembered: memory stays flat whatever the file's
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
   * @param periods the periods of their counted budgets, as pairs of epoch days, start and end
   */
  record Holders(Standing standing, List<String> identifiers, List<long[]> periods) {
    /** Whether their counted budgets' periods overlap a budget's. */
    boolean hold(RawActivity.BudgetLine budget) {
      long start = budget.start().toEpochDay();
      long end = budget.end().toEpochDay();
      return periods.stream().anyMatch(period -> period[0] <= end && start <= period[1]);
    }
  }

  /**
   * What is remembered of an activity, by identifier: whether it was read yet, and where first, its
   * level, the parents and children named with it, the periods of its counted budgets.
   */
  private static final class Node {
    final String id;
    boolean read;
    int line;
    int level;
    final List<String> parents = new ArrayList<>(0);
    final List<String> children = new ArrayList<>(0);
    // The periods of its counted budgets; empty when none is counted.
    List<long[]> periods = List.of();

    Node(String id) {
      this.id = id;
    }
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
    Node node = nodes.computeIfAbsent(id, Node::new);
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
   * The activities read before this one whose counted budgets may hold its money; empty when there
   * are none. Call after {@link #read}.
   */
  Optional<Holders> holders(RawActivity raw) {
    Node node = identifier(raw).map(nodes::get).orElse(null);
    if (node == null) {
      return Optional.empty();
    }
    if (!node.periods.isEmpty()) {
      return Optional.of(new Holders(Standing.SAME_IDENTIFIER, List.of(node.id), node.periods));
    }
    Optional<Holders> above = nearestCounted(node, Standing.ABOVE);
    return above.isPresent() ? above : nearestCounted(node, Standing.BELOW);
  }

  /**
   * Notes the budgets of the activity that are counted; those of zero hold nothing. Call after
   * {@link #read}.
   */
  void counted(RawActivity raw, List<RawActivity.BudgetLine> budgets) {
    identifier(raw)
        .map(nodes::get)
        .ifPresent(
            node -> {
              List<long[]> periods = new ArrayList<>(node.periods);
              for (RawActivity.BudgetLine budget : budgets) {
                // A budget of zero holds nothing.
                if (budget.value().signum() > 0) {
                  periods.add(new long[] {budget.start().toEpochDay(), budget.end().toEpochDay()});
                }
              }
              node.periods = List.copyOf(periods);
            });
  }

  private static Optional<String> identifier(RawActivity raw) {
    return raw.identifier().filter(id -> !id.isEmpty());
  }

  /**
   * Whether a relation makes one activity a part of another: both are read, the parent's hierarchy
   * number is not greater than the child's, and the child is not named as the parent's parent too.
   */
  private static boolean isPart(Node parent, Node child) {
    return parent.read
        && child.read
        && parent.level <= child.level
        && !parent.parents.contains(child.id);
  }

  private void link(String parent, String child) {
    Node childNode = nodes.computeIfAbsent(child, Node::new);
    if (!parent.equals(child) && !childNode.parents.contains(parent)) {
      childNode.parents.add(parent);
      nodes.computeIfAbsent(parent, Node::new).children.add(child);
    }
  }

  /**
   * The nearest activities with counted budgets on each line above or below the activity, through
   * relations that make one a part of the other, with their budgets' periods.
   */
  private Optional<Holders> nearestCounted(Node start, Standing direction) {
    boolean above = direction == Standing.ABOVE;
    List<String> counted = new ArrayList<>();
    List<long[]> periods = new ArrayList<>();
    Set<String> seen = new HashSet<>(List.of(start.id));
    Deque<Node> next = new ArrayDeque<>(List.of(start));
    while (!next.isEmpty()) {
      Node node = next.poll();
      for (String id : above ? node.parents : node.children) {
        Node other = nodes.get(id);
        boolean part = other != null && (above ? isPart(other, node) : isPart(node, other));
        if (part && seen.add(id)) {
          if (other.periods.isEmpty()) {
            next.add(other);
          } else {
            counted.add(id);
            periods.addAll(other.periods);
          }
        }
      }
    }
    return counted.isEmpty()
        ? Optional.empty()
        : Optional.of(new Holders(direction, List.copyOf(counted), List.copyOf(periods)));
  }
}
