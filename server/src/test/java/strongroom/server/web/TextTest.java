package strongroom.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {
  @Test
  void backtickSpans_becomeCodeSegments() {
    assertEquals(List.of(new Text.Segment("secret ", false), new Text.Segment("x", true),
        new Text.Segment(" is missing in ", false), new Text.Segment("tenant_a", true)),
        Text.segments("secret `x` is missing in `tenant_a`"));
  }

  @Test
  void anUnmatchedBacktick_staysPlain() {
    assertEquals(List.of(new Text.Segment("a ", false), new Text.Segment("b", false)), Text.segments("a `b"));
    assertEquals(List.of(), Text.segments(null));
  }
}
