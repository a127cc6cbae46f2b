package org.migrationmodel.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

@ApiSliceTest
class OpenApiDescriptionTest {
  // Paths sit two spaces in under "paths:", their operations four.
  private static final Pattern PATH = Pattern.compile("^  (/\\S*):\\s*$");
  private static final Pattern OPERATION =
      Pattern.compile("^    (get|post|put|delete|patch):\\s*$");

  @Autowired private MockMvc mvc;
  @Autowired private RequestMappingHandlerMapping mappings;

  @Test
  void theServedDescriptionListsEveryEndpointWithItsMethods() throws Exception {
    String description =
        mvc.perform(get("/openapi.yaml"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    Map<String, Set<String>> described = operations(description);

    Map<String, Set<String>> served = new HashMap<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
        mappings.getHandlerMethods().entrySet()) {
      if (!mapping.getValue().getBeanType().getPackageName().equals("org.migrationmodel.service")) {
        continue;
      }
      for (String path : mapping.getKey().getPatternValues()) {
        for (RequestMethod method : mapping.getKey().getMethodsCondition().getMethods()) {
          served
              .computeIfAbsent(path, unused -> new HashSet<>())
              .add(method.name().toLowerCase(Locale.ROOT));
        }
      }
    }
    assertThat(served).as("endpoints the service maps").containsKey("/api/v1/validate");
    assertThat(described).isEqualTo(served);
  }

  @Test
  void thePageLinksToTheDescription() throws Exception {
    String page =
        mvc.perform(get("/index.html"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("href=\"openapi.yaml\"");
  }

  private static Map<String, Set<String>> operations(String yaml) {
    Map<String, Set<String>> operations = new HashMap<>();
    String current = null;
    boolean inPaths = false;
    for (String line : (Iterable<String>) yaml.lines()::iterator) {
      if (!line.startsWith(" ") && !line.isBlank()) {
        inPaths = line.startsWith("paths:");
        continue;
      }
      Matcher path = PATH.matcher(line);
      Matcher operation = OPERATION.matcher(line);
      if (inPaths && path.matches()) {
        current = path.group(1);
      } else if (inPaths && operation.matches() && current != null) {
        operations.computeIfAbsent(current, unused -> new HashSet<>()).add(operation.group(1));
      }
    }
    return operations;
  }
}
