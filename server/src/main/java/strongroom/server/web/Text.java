package strongroom.server.web;

import java.util.ArrayList;
import java.util.List;

/** Splits a message's {@code `code`} spans out, so a template can show them as code without raw HTML. */
public final class Text {
  private Text() {}

  /** One run of a message: plain text, or a span that was between backticks. */
  public record Segment(String text, boolean code) {}

  public static List<Segment> segments(String message) {
    List<Segment> out = new ArrayList<>();
    if (message == null) {
      return out;
    }
    String[] parts = message.split("`", -1);
    for (int i = 0; i < parts.length; i++) {
      // An unmatched final backtick leaves an odd tail: show it as plain text.
      boolean code = i % 2 == 1 && i < parts.length - 1;
      if (!parts[i].isEmpty()) {
        out.add(new Segment(parts[i], code));
      }
    }
    return out;
  }
}
