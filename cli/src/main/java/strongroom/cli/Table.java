package strongroom.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain-text table: a header row and left-aligned columns two spaces apart, no trailing blanks. */
public final class Table {
  private final List<String[]> rows = new ArrayList<>();
  private final int columns;
  private final boolean header;

  public Table(String... headers) {
    this(true, headers);
  }

  private Table(boolean header, String... headers) {
    this.columns = headers.length;
    this.header = header;
    rows.add(headers);
  }

  /** Two columns, {@code label:} and value, without a header row (for one record). */
  public static Table fields() {
    return new Table(false, "", "");
  }

  public Table field(String label, Object value) {
    return row(label + ":", value);
  }

  public Table row(Object... cells) {
    if (cells.length != columns) {
      throw new IllegalArgumentException("expected " + columns + " cells, got " + cells.length);
    }
    rows.add(Arrays.stream(cells).map(c -> c == null ? "" : c.toString()).toArray(String[]::new));
    return this;
  }

  public boolean isEmpty() {
    return rows.size() == 1;
  }

  public void print(PrintWriter out) {
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : header ? rows : rows.subList(1, rows.size())) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        line.append(row[i]);
        if (i < columns - 1) {
          line.append(" ".repeat(widths[i] - row[i].length() + 2));
        }
      }
      out.println(line.toString().stripTrailing());
    }
  }
}
