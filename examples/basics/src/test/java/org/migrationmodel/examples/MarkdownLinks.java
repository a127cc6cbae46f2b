package org.migrationmodel.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The relative links of a Markdown page, and which of them point nowhere: to a file that does not
 * exist, or to an anchor that no heading of the page it names gives, by GitHub's rules.
 */
final class MarkdownLinks {
  // An inline link or image: [text](target) or [text](target "title"); the text may hold one
  // level of brackets and run over lines.
  private static final Pattern INLINE =
      Pattern.compile(
          "!?\\[(?:[^\\[\\]]|\\[[^\\]]*\\])*\\]\\(\\s*([^)\\s]+)(?:\\s+\"[^\"]*\")?\\s*\\)");
  private static final Pattern REFERENCE = Pattern.compile("(?m)^ {0,3}\\[[^\\]]+\\]:\\s*(\\S+)");
  private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");
  private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
  // GitHub keeps letters, digits, spaces, hyphens and underscores of a heading, and drops the rest.
  private static final Pattern DROPPED_FROM_SLUG = Pattern.compile("[^\\p{L}\\p{N} _-]");

  private MarkdownLinks() {}

  /** The targets of the page's links that have no scheme, in the order they appear. */
  static List<String> relativeTargets(Path page) throws IOException {
    String prose = withoutCode(Files.readAllLines(page, StandardCharsets.UTF_8));
    List<String> targets = new ArrayList<>();
    for (Pattern pattern : List.of(INLINE, REFERENCE)) {
      Matcher link = pattern.matcher(prose);
      while (link.find()) {
        String target = link.group(1);
        if (target.startsWith("<") && target.endsWith(">")) {
          target = target.substring(1, target.length() - 1);
        }
        if (!SCHEME.matcher(target).find()) {
          targets.add(target);
        }
      }
    }
    return targets;
  }

  /** Each relative link of the page that does not resolve, with the reason. */
  static List<String> broken(Path page) throws IOException {
    List<String> broken = new ArrayList<>();
    for (String target : relativeTargets(page)) {
      int hash = target.indexOf('#');
      String file = hash < 0 ? target : target.substring(0, hash);
      Path resolved = file.isEmpty() ? page : page.resolveSibling(file).normalize();
      if (!Files.exists(resolved)) {
        broken.add(page + ": " + target + " (no such file)");
      } else if (hash >= 0 && !anchors(resolved).contains(target.substring(hash + 1))) {
        broken.add(page + ": " + target + " (no such heading)");
      }
    }
    return broken;
  }

  /** The anchors GitHub gives a page's headings; none for a file that is not Markdown. */
  static Set<String> anchors(Path file) throws IOException {
    Set<String> anchors = new LinkedHashSet<>();
    if (!file.toString().endsWith(".md")) {
      return anchors;
    }
    Map<String, Integer> seen = new HashMap<>();
    boolean inFence = false;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (isFence(line)) {
        inFence = !inFence;
        continue;
      }
      Matcher heading = HEADING.matcher(line);
      if (!inFence && heading.matches()) {
        String slug = slug(heading.group(1));
        int earlier = seen.merge(slug, 1, Integer::sum) - 1;
        anchors.add(earlier == 0 ? slug : slug + "-" + earlier);
      }
    }
    return anchors;
  }

  /** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces as hyphens. */
  static String slug(String heading) {
    String text = heading.replace("`", "").toLowerCase(Locale.ROOT);
    return DROPPED_FROM_SLUG.matcher(text).replaceAll("").replace(' ', '-');
  }

  private static String withoutCode(List<String> lines) {
    StringBuilder prose = new StringBuilder();
    boolean inFence = false;
    for (String line : lines) {
      if (isFence(line)) {
        inFence = !inFence;
      } else if (!inFence) {
        prose.append(line).append('\n');
      }
    }
    return CODE_SPAN.matcher(prose).replaceAll("");
  }

  private static boolean isFence(String line) {
    String trimmed = line.strip();
    return trimmed.startsWith("```") || trimmed.startsWith("~~~");
  }
}
