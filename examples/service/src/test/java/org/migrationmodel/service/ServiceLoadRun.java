package org.migrationmodel.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded load run of the packaged service on loopback (docs/benchmarks.md): many small
 * validations from concurrent clients, then one large NDJSON upload. It starts the service jar as a
 * child process with a fixed heap and a GC log, so that the service's heap is measured apart from
 * the client's, and stops it at the end. JDK only, so that it runs as a source file:
 *
 * <pre>
 * java examples/service/src/test/java/org/migrationmodel/service/ServiceLoadRun.java \
 *     examples/service/target/migration-model-service.jar examples/data/programmes.ndjson
 * </pre>
 *
 * Optional further arguments: requests (20000), clients (16), upload megabytes (100).
 */
public final class ServiceLoadRun {
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration UPLOAD_TIMEOUT = Duration.ofMinutes(10);
  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]*)\"");
  // A G1 log line, such as "[9.1s][info][gc] GC(2) Pause Full (Diagnostic Command) 6M->5M(40M)".
  private static final Pattern GC_LINE =
      Pattern.compile("GC\\(\\d+\\) (Pause .*?) (\\d+)M->(\\d+)M\\((\\d+)M\\)");
  private static final String HEAP = "-Xmx256m";

  private ServiceLoadRun() {}

  /**
   * Runs the load and prints the figures.
   *
   * @param args the service jar, a file of clean programmes as NDJSON, and optionally the number of
   *     requests, of clients and of upload megabytes
   * @throws Exception when the service cannot be started or a phase fails
   */
  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args[0]);
    List<String> documents = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
    documents.removeIf(String::isBlank);
    int requests = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
    int clients = args.length > 3 ? Integer.parseInt(args[3]) : 16;
    long uploadBytes = (args.length > 4 ? Long.parseLong(args[4]) : 100) * 1_000_000L;

    Path gcLog = Files.createTempFile("service-gc", ".log");
    int port = freeLoopbackPort();
    Process service =
        new ProcessBuilder(
                javaCommand("java"),
                HEAP,
                "-Xlog:gc:file=" + gcLog,
                "-jar",
                jar.toString(),
                "--server.address=127.0.0.1",
                "--server.port=" + port,
                "--logging.level.root=WARN")
            .redirectErrorStream(true)
            .redirectOutput(Files.createTempFile("service", ".log").toFile())
            .start();
    try {
      URI base = URI.create("http://127.0.0.1:" + port);
      HttpClient client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
      awaitReady(client, base, service);
      System.out.printf(
          Locale.ROOT,
          "Service pid %d on %s, %s, %d processors seen by the JVM%n",
          service.pid(),
          base,
          HEAP,
          Runtime.getRuntime().availableProcessors());

      small(client, base, documents, 2_000, clients); // warm-up, not counted
      forceGc(service);
      Phase load = small(client, base, documents, requests, clients);
      forceGc(service);
      Phase upload = upload(client, base, documents, uploadBytes);
      forceGc(service);

      List<List<GcEvent>> phases = gcPhases(gcLog);
      System.out.println();
      System.out.println(
          "| phase | requests | errors | wall s | requests/s | p50 ms | p99 ms | max ms |");
      System.out.println("|---|---|---|---|---|---|---|---|");
      System.out.println(load.row());
      System.out.println(upload.row());
      System.out.println();
      System.out.println(
          "| phase | GCs | heap before GC, max MB | heap after GC, min-max MB | live after phase (full GC) MB |");
      System.out.println("|---|---|---|---|---|");
      System.out.println(heapRow("validations", phases, 1));
      System.out.println(heapRow("upload", phases, 2));
    } finally {
      service.destroy();
      if (!service.waitFor(30, TimeUnit.SECONDS)) {
        service.destroyForcibly();
      }
    }
  }

  /** What one phase measured; latencies in milliseconds. */
  private record Phase(
      String label, int requests, int errors, double seconds, double p50, double p99, double max) {
    static Phase of(String label, int errors, double seconds, long[] nanos) {
      long[] sorted = nanos.clone();
      Arrays.sort(sorted);
      return new Phase(
          label,
          nanos.length,
          errors,
          seconds,
          percentile(sorted, 0.50) / 1e6,
          percentile(sorted, 0.99) / 1e6,
          sorted[sorted.length - 1] / 1e6);
    }

    String row() {
      return String.format(
          Locale.ROOT,
          "| %s | %d | %d | %.1f | %s | %.1f | %.1f | %.1f |",
          label,
          requests,
          errors,
          seconds,
          requests == 1 ? "-" : String.format(Locale.ROOT, "%.0f", requests / seconds),
          p50,
          p99,
          max);
    }
  }

  /** One collection from the GC log. */
  private record GcEvent(String kind, long beforeMb, long afterMb) {}

  private static Phase small(
      HttpClient client, URI base, List<String> documents, int requests, int clients)
      throws Exception {
    long[] nanos = new long[requests];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    List<Future<?>> workers = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      workers.add(
          pool.submit(
              () -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                  HttpRequest request =
                      HttpRequest.newBuilder(base.resolve("/api/v1/validate"))
                          .timeout(REQUEST_TIMEOUT)
                          .header("Content-Type", "application/json")
                          .POST(
                              HttpRequest.BodyPublishers.ofString(
                                  documents.get(i % documents.size())))
                          .build();
                  long sent = System.nanoTime();
                  try {
                    HttpResponse<String> response =
                        client.send(request, HttpResponse.BodyHandlers.ofString());
                    nanos[i] = System.nanoTime() - sent;
                    if (response.statusCode() != 200 || !validOne(response.body())) {
                      errors.incrementAndGet();
                    }
                  } catch (IOException | InterruptedException e) {
                    nanos[i] = System.nanoTime() - sent;
                    errors.incrementAndGet();
                  }
                }
                return null;
              }));
    }
    pool.shutdown();
    if (!pool.awaitTermination(15, TimeUnit.MINUTES)) {
      pool.shutdownNow();
      throw new IllegalStateException("the validations took more than 15 minutes; stopped");
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return Phase.of(
        "single-programme validations, " + clients + " clients", errors.get(), seconds, nanos);
  }

  private static boolean validOne(String body) {
    String compact = body.replace(" ", "").replace("\n", "");
    return compact.contains("\"programmes\":1,\"valid\":1,\"invalid\":0");
  }

  private static Phase upload(HttpClient client, URI base, List<String> documents, long bytes)
      throws Exception {
    NdjsonSource source = new NdjsonSource(documents, bytes);
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("/api/v1/validate"))
            .timeout(UPLOAD_TIMEOUT)
            .header("Content-Type", "application/x-ndjson")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> source))
            .build();
    long start = System.nanoTime();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    long nanos = System.nanoTime() - start;
    String summary = response.body().replace(" ", "").replace("\n", "");
    boolean ok =
        response.statusCode() == 200
            && summary.contains(
                "\"programmes\":" + source.records() + ",\"valid\":" + source.records() + ",");
    String label =
        String.format(
            Locale.ROOT,
            "one NDJSON upload, %.1f MB, %d programmes (%.1f MB/s, %.0f programmes/s)",
            source.sent() / 1e6,
            source.records(),
            source.sent() / 1e6 / (nanos / 1e9),
            source.records() / (nanos / 1e9));
    if (!ok) {
      System.out.println(
          "Upload answer: " + response.statusCode() + " " + abbreviate(response.body()));
    }
    return Phase.of(label, ok ? 0 : 1, nanos / 1e9, new long[] {nanos});
  }

  /** Clean programmes, one a line, each with an id of its own, up to a number of bytes. */
  private static final class NdjsonSource extends InputStream {
    private final List<String> documents;
    private final long limit;
    private byte[] line = new byte[0];
    private int position;
    private long sent;
    private int records;

    NdjsonSource(List<String> documents, long limit) {
      this.documents = documents;
      this.limit = limit;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (position == line.length && !nextLine()) {
        return -1;
      }
      int count = Math.min(length, line.length - position);
      System.arraycopy(line, position, buffer, offset, count);
      position += count;
      sent += count;
      return count;
    }

    private boolean nextLine() {
      if (sent >= limit) {
        return false;
      }
      String document = documents.get(records % documents.size());
      Matcher id = ID.matcher(document);
      String unique =
          id.find()
              ? id.replaceFirst(
                  "\"id\":\"" + Matcher.quoteReplacement(id.group(1)) + "-" + records + "\"")
              : document;
      line = (unique + "\n").getBytes(StandardCharsets.UTF_8);
      position = 0;
      records++;
      return true;
    }

    long sent() {
      return sent;
    }

    int records() {
      return records;
    }
  }

  private static List<List<GcEvent>> gcPhases(Path gcLog) throws IOException {
    // Each collection forced by jcmd GC.run closes a phase: warm-up, validations, upload.
    List<List<GcEvent>> phases = new ArrayList<>();
    List<GcEvent> current = new ArrayList<>();
    for (String line : Files.readAllLines(gcLog)) {
      Matcher gc = GC_LINE.matcher(line);
      if (!gc.find()) {
        continue;
      }
      GcEvent event =
          new GcEvent(gc.group(1), Long.parseLong(gc.group(2)), Long.parseLong(gc.group(3)));
      current.add(event);
      if (event.kind().contains("(Diagnostic Command)")) {
        phases.add(current);
        current = new ArrayList<>();
      }
    }
    return phases;
  }

  private static String heapRow(String name, List<List<GcEvent>> phases, int index) {
    if (phases.size() <= index) {
      return "| " + name + " | GC log incomplete | | | |";
    }
    List<GcEvent> events = phases.get(index);
    List<GcEvent> during = events.subList(0, events.size() - 1);
    GcEvent closing = events.get(events.size() - 1);
    return String.format(
        Locale.ROOT,
        "| %s | %d | %d | %d-%d | %d |",
        name,
        during.size(),
        during.stream().mapToLong(GcEvent::beforeMb).max().orElse(0),
        during.stream().mapToLong(GcEvent::afterMb).min().orElse(0),
        during.stream().mapToLong(GcEvent::afterMb).max().orElse(0),
        closing.afterMb());
  }

  private static void forceGc(Process service) throws IOException, InterruptedException {
    Process jcmd =
        new ProcessBuilder(javaCommand("jcmd"), Long.toString(service.pid()), "GC.run")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!jcmd.waitFor(60, TimeUnit.SECONDS)) {
      jcmd.destroyForcibly();
      throw new IllegalStateException("jcmd GC.run did not finish");
    }
  }

  private static void awaitReady(HttpClient client, URI base, Process service)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < deadline) {
      if (!service.isAlive()) {
        throw new IllegalStateException("the service exited with " + service.exitValue());
      }
      try {
        HttpResponse<Void> response =
            client.send(
                HttpRequest.newBuilder(base.resolve("/api/v1/rules")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // Not listening yet.
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("the service did not answer within three minutes");
  }

  private static int freeLoopbackPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String javaCommand(String name) {
    return Path.of(System.getProperty("java.home"), "bin", name).toString();
  }

  private static double percentile(long[] sorted, double fraction) {
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
  }

  private static String abbreviate(String text) {
    return text.length() > 500 ? text.substring(0, 500) + "…" : text;
  }
}
