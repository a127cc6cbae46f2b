package org.migrationmodel.cli;

import java.io.PrintWriter;

/**
 * A progress line on standard error for long runs, shown only when standard error is a terminal: it
 * would be noise in a log file or a pipe.
 */
final class Progress {
  private static final long EVERY = 5_000;

  private final PrintWriter err;
  private final boolean enabled;
  private boolean shown;

  Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** A progress line that shows when the JVM runs in a terminal. */
  static Progress forTerminal(PrintWriter err) {
    return new Progress(err, System.console() != null);
  }

  void update(long records) {
    if (enabled && records % EVERY == 0) {
      err.print("\r" + records + " programmes read...");
      err.flush();
      shown = true;
    }
  }

  void clear() {
    if (shown) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
