package strongroom.cli.keys;

import java.io.PrintWriter;
import strongroom.secrets.service.KeyService;

/** A one-line progress bar on stderr, redrawn in place; only used when a terminal is attached. */
final class ProgressBar implements KeyService.Progress {
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final String label;
  private String last = "";

  ProgressBar(PrintWriter err, String label) {
    this.err = err;
    this.label = label;
  }

  @Override
  public void update(long done, long total) {
    int filled = total <= 0 ? WIDTH : (int) Math.min(WIDTH, done * WIDTH / total);
    long percent = total <= 0 ? 100 : Math.min(100, done * 100 / total);
    String line = label + " [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] "
        + percent + "% " + done + "/" + Math.max(total, done);
    if (!line.equals(last)) {
      err.print("\r" + line);
      err.flush();
      last = line;
    }
  }

  /** Ends the bar's line, if one was drawn. */
  void finish() {
    if (!last.isEmpty()) {
      err.println();
      err.flush();
    }
  }
}
