package strongroom.expr.fn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import strongroom.expr.eval.Args;

/** parse_csv: RFC 4180 text to a list of dicts keyed by the header row (csv.DictReader). */
final class CsvFunctions {
  private CsvFunctions() {}

  static void register(FunctionRegistry.Builder b) {
    b.add("parse_csv", 1, 2, CsvFunctions::parse);
  }

  private static Object parse(Args a) {
    String text = a.str(0);
    String delimiter = a.str(1, ",");
    if (delimiter.length() != 1 || delimiter.charAt(0) == '"' || delimiter.charAt(0) == '\n') {
      throw a.valueError("delimiter must be one character other than a quote or newline");
    }
    a.frame().charge(text.length());
    List<List<String>> rows = rows(a, text, delimiter.charAt(0));
    List<Object> out = new ArrayList<>();
    if (rows.isEmpty()) {
      return out;
    }
    List<String> header = rows.get(0);
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      if (row.size() > header.size()) {
        throw a.valueError("row " + (r + 1) + " has more fields than the header");
      }
      Map<String, Object> record = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        record.put(header.get(i), i < row.size() ? row.get(i) : null);
      }
      out.add(record);
    }
    return out;
  }

  private static List<List<String>> rows(Args a, String s, char delim) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.isEmpty()) {
        quoted = true;
        any = true;
      } else if (c == delim) {
        row.add(field.toString());
        field.setLength(0);
        any = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
        endRow(rows, row, field, any);
        row = new ArrayList<>();
        any = false;
        a.frame().checkSize(rows.size());
      } else {
        field.append(c);
        any = true;
      }
    }
    if (quoted) {
      throw a.valueError("unterminated quoted field");
    }
    endRow(rows, row, field, any);
    return rows;
  }

  // Blank lines are skipped, as csv.DictReader does.
  private static void endRow(List<List<String>> rows, List<String> row, StringBuilder field,
      boolean any) {
    if (any || !field.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    field.setLength(0);
  }
}
