package org.migrationmodel.consistency;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The command-line tool and the service as their users run them, from the jars the build made: the
 * tool once per command, the service on a free port of the loopback interface.
 */
final class Applications {
  private static final Path JAVA = Path.of(System.getProperty("java.command"));
  private static final Path TOOL = jar("tool.jar");
  private static final Path SERVICE = jar("service.jar");
  // How long the service may take to start on a loaded machine; a start, not a measurement.
  private static final Duration STARTUP = Duration.ofMinutes(3);

  private Applications() {}

  private static Path jar(String property) {
    Path jar = Path.of(System.getProperty(property));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar + " is missing: build with `verify` or `package`, which make the applications' jars");
    }
    return jar;
  }

  /** What the tool printed on standard output, and its exit status. */
  record ToolRun(int status, String out) {}

  /** Runs the tool with arguments, in a directory for its files. */
  static ToolRun tool(Path directory, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-jar", TOOL.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(directory, "tool", ".out");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .start();
    int status = process.waitFor();
    return new ToolRun(status, Files.readString(out, StandardCharsets.UTF_8));
  }

  /** The service, running until closed. */
  static final class Service implements AutoCloseable {
    private final Process process;
    private final URI base;
    private final HttpClient client = HttpClient.newHttpClient();

    private Service(Process process, URI base) {
      this.process = process;
      this.base = base;
    }

    static Service start(Path log) throws IOException, InterruptedException {
      int port = freePort();
      Process process =
          new ProcessBuilder(
                  JAVA.toString(),
                  "-jar",
                  SERVICE.toString(),
                  "--server.address=127.0.0.1",
                  "--server.port=" + port,
                  // Tomcat's working directory beside the log, which the test deletes, rather
                  // than one left in the system's temporary directory after every run.
                  "--server.tomcat.basedir=" + log.resolveSibling("tomcat"))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      Service service = new Service(process, URI.create("http://127.0.0.1:" + port + "/"));
      service.awaitStart(log);
      return service;
    }

    private static int freePort() throws IOException {
      try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        return socket.getLocalPort();
      }
    }

    private void awaitStart(Path log) throws IOException, InterruptedException {
      Instant deadline = Instant.now().plus(STARTUP);
      while (Instant.now().isBefore(deadline)) {
        if (!process.isAlive()) {
          throw new IllegalStateException("The service stopped: " + Files.readString(log));
        }
        try {
          if (get("api/v1/rules").statusCode() == 200) {
            return;
          }
        } catch (ConnectException notYet) {
          // Not listening yet.
        }
        Thread.sleep(250);
      }
      close();
      throw new IllegalStateException("The service did not start: " + Files.readString(log));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
      return client.send(
          HttpRequest.newBuilder(base.resolve(path)).GET().build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Posts a file as NDJSON and returns the answer's body, which must be a 200's. */
    String post(String path, Path file) throws IOException, InterruptedException {
      HttpResponse<String> answer =
          client.send(
              HttpRequest.newBuilder(base.resolve(path))
                  .header("Content-Type", "application/x-ndjson")
                  .POST(HttpRequest.BodyPublishers.ofFile(file))
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (answer.statusCode() != 200) {
        throw new IllegalStateException(
            path + " answered " + answer.statusCode() + ": " + answer.body());
      }
      return answer.body();
    }

    @Override
    public void close() {
      process.destroy();
      try {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }
}
