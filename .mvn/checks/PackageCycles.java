import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;

/**
 * Fails the build when a module's packages depend on each other in a cycle, as jdeps sees them in
 * the compiled classes. Run by the parent POM's {@code package-cycles} profile in every module
 * that has a module-info:
 *
 * <pre>java PackageCycles.java CLASSES DEPENDENCY_PATH KNOWN_CYCLES</pre>
 *
 * CLASSES is the module's compiled classes, DEPENDENCY_PATH its run-time class path (jdeps needs
 * the required modules), KNOWN_CYCLES cycles still tolerated, each as its packages joined by
 * {@code +}, separated by {@code ;} (empty for none). A known cycle that is gone is reported, so
 * that its entry is removed.
 */
public class PackageCycles {
  private static final Pattern EDGE = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s+.*$");

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: java PackageCycles.java CLASSES DEPENDENCY_PATH [KNOWN_CYCLES]");
      System.exit(2);
    }
    String classes = new File(args[0]).getAbsolutePath();
    String modulePath =
        Arrays.stream(args[1].split(File.pathSeparator))
            .filter(entry -> !new File(entry).getAbsolutePath().equals(classes))
            .collect(Collectors.joining(File.pathSeparator));
    Set<Set<String>> known = parseKnown(args.length > 2 ? args[2] : "");

    Map<String, Set<String>> edges = packageEdges(classes, modulePath);
    List<Set<String>> cycles = new StronglyConnected(edges).components();
    List<Set<String>> unexpected = new ArrayList<>();
    for (Set<String> cycle : cycles) {
      if (known.contains(cycle)) {
        System.err.println(
            "package-cycles: warning: known cycle, still to remove: " + String.join(" <-> ", cycle));
      } else {
        unexpected.add(cycle);
      }
    }
    for (Set<String> gone : known) {
      if (!cycles.contains(gone) && edges.keySet().containsAll(gone)) {
        System.err.println(
            "package-cycles: warning: the known cycle " + String.join(" <-> ", gone)
                + " is gone; remove it from package-cycles.known in the parent POM");
      }
    }
    if (!unexpected.isEmpty()) {
      for (Set<String> cycle : unexpected) {
        System.err.println("package-cycles: these packages depend on each other in a cycle:");
        for (String from : cycle) {
          for (String to : edges.get(from)) {
            if (cycle.contains(to)) {
              System.err.println("  " + from + " -> " + to);
            }
          }
        }
      }
      System.exit(1);
    }
    // Silent when all is well, so that a quiet build (-q) prints nothing.
  }

  private static Set<Set<String>> parseKnown(String text) {
    Set<Set<String>> known = new java.util.HashSet<>();
    for (String entry : text.split(";")) {
      if (!entry.isBlank()) {
        known.add(
            Arrays.stream(entry.split("\\+"))
                .map(String::strip)
                .collect(Collectors.toCollection(TreeSet::new)));
      }
    }
    return known;
  }

  // Package -> packages of the same classes it uses, from jdeps -verbose:package.
  private static Map<String, Set<String>> packageEdges(String classes, String modulePath) {
    ToolProvider jdeps =
        ToolProvider.findFirst("jdeps").orElseThrow(() -> new IllegalStateException("no jdeps"));
    List<String> options = new ArrayList<>(List.of("--multi-release", "17", "-verbose:package"));
    if (!modulePath.isEmpty()) {
      options.addAll(List.of("--module-path", modulePath));
    }
    options.add(classes);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        jdeps.run(new PrintWriter(out), new PrintWriter(err), options.toArray(new String[0]));
    if (status != 0) {
      System.err.println("package-cycles: jdeps failed (" + status + "):");
      System.err.print(out);
      System.err.print(err);
      System.exit(2);
    }
    Map<String, Set<String>> all = new TreeMap<>();
    for (String line : out.toString().split("\\R")) {
      Matcher edge = EDGE.matcher(line);
      if (edge.matches()) {
        all.computeIfAbsent(edge.group(1), from -> new TreeSet<>()).add(edge.group(2));
      }
    }
    // Only the packages of these classes: each appears on the left of some edge.
    Map<String, Set<String>> own = new TreeMap<>();
    for (Map.Entry<String, Set<String>> entry : all.entrySet()) {
      own.put(
          entry.getKey(),
          entry.getValue().stream()
              .filter(all::containsKey)
              .collect(Collectors.toCollection(TreeSet::new)));
    }
    return own;
  }

  /** Tarjan's algorithm: the strongly connected components of more than one package. */
  private static final class StronglyConnected {
    private final Map<String, Set<String>> edges;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> lowLink = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new java.util.HashSet<>();
    private final List<Set<String>> components = new ArrayList<>();

    StronglyConnected(Map<String, Set<String>> edges) {
      this.edges = edges;
    }

    List<Set<String>> components() {
      for (String node : edges.keySet()) {
        if (!index.containsKey(node)) {
          visit(node);
        }
      }
      return components;
    }

    private void visit(String node) {
      index.put(node, index.size());
      lowLink.put(node, index.get(node));
      stack.push(node);
      onStack.add(node);
      for (String next : edges.getOrDefault(node, Set.of())) {
        if (!index.containsKey(next)) {
          visit(next);
          lowLink.put(node, Math.min(lowLink.get(node), lowLink.get(next)));
        } else if (onStack.contains(next)) {
          lowLink.put(node, Math.min(lowLink.get(node), index.get(next)));
        }
      }
      if (lowLink.get(node).equals(index.get(node))) {
        Set<String> component = new TreeSet<>();
        String member;
        do {
          member = stack.pop();
          onStack.remove(member);
          component.add(member);
        } while (!member.equals(node));
        if (component.size() > 1) {
          components.add(component);
        }
      }
    }
  }
}
