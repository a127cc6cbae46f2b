package org.migrationmodel.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.migrationmodel.validation.Finding;

/** Checks that an import dropped nothing silently. */
final class Coverage {
  private Coverage() {}

  /** Every finding of an import: the file's, then each activity's. */
  static List<Finding> findings(Iati.Imported imported) {
    List<Finding> all = new ArrayList<>(imported.summary().findings());
    imported.activities().forEach(activity -> all.addAll(activity.findings()));
    return all;
  }

  /**
   * Nothing is dropped silently: each element is read, or it or an ancestor is reported, by a
   * finding at it or by a grouped finding on every element of its kind, which points at the first.
   */
  static void assertEveryElementIsReadOrReported(
      byte[] document, Iati.Imported imported, Set<String> read) throws XMLStreamException {
    List<String> reported = findings(imported).stream().map(f -> f.location().path()).toList();
    List<String> grouped =
        findings(imported).stream()
            .filter(finding -> finding.ruleId().equals(IatiProblem.UNMAPPED.id()))
            .map(finding -> generic(finding.location().path()))
            .toList();
    for (String element : elements(document)) {
      String kind = generic(element);
      boolean isRead = read.contains(kind);
      boolean covered =
          reported.stream()
              .anyMatch(location -> element.equals(location) || element.startsWith(location + "/"));
      boolean counted =
          grouped.stream().anyMatch(group -> kind.equals(group) || kind.startsWith(group + "/"));
      assertThat(isRead || covered || counted)
          .as("%s is neither read nor reported", element)
          .isTrue();
    }
  }

  private static String generic(String path) {
    return path.replaceAll("\\[\\d+]", "");
  }

  private static List<String> elements(byte[] document) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(document));
    List<String> elements = new ArrayList<>();
    List<String> path = new ArrayList<>();
    List<Map<String, Integer>> counts = new ArrayList<>();
    counts.add(new HashMap<>());
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String prefix = xml.getPrefix();
        String name =
            prefix == null || prefix.isEmpty()
                ? xml.getLocalName()
                : prefix + ":" + xml.getLocalName();
        int position = counts.get(counts.size() - 1).merge(name, 1, Integer::sum);
        path.add(path.isEmpty() ? "/" + name : "/" + name + "[" + position + "]");
        counts.add(new HashMap<>());
        elements.add(String.join("", path));
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        path.remove(path.size() - 1);
        counts.remove(counts.size() - 1);
      }
    }
    return elements;
  }
}
