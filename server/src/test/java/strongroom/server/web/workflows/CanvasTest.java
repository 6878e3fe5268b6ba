package strongroom.server.web.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import strongroom.engine.definition.ActionStatement;
import strongroom.engine.definition.WorkflowDefinition;

class CanvasTest {
  private static ActionStatement action(String ref, String... dependsOn) {
    return new ActionStatement(ref, "core.transform.reshape", Map.of(), List.of(dependsOn), null,
        ref.equals("fan") ? List.of("${{ for var.x in [1, 2] }}") : List.of(), null, null, 0);
  }

  @Test
  void aDiamond_layersEachActionBelowItsDeepestDependency() {
    WorkflowDefinition d = new WorkflowDefinition("t", null, "t", null, null,
        List.of(action("start"), action("left", "start"), action("fan", "start"), action("join", "left", "fan")),
        null);
    Map<String, Set<String>> upstream = Map.of("start", Set.of(), "left", Set.of("start"), "fan", Set.of("start"),
        "join", Set.of("left", "fan"));
    Canvas canvas = Canvas.of(d, upstream::get, "fan", Set.of("join"));

    Map<String, Canvas.Node> nodes = new java.util.HashMap<>();
    canvas.nodes().forEach(n -> nodes.put(n.ref(), n));
    assertEquals(nodes.get("left").y(), nodes.get("fan").y(), "siblings share a row");
    assertTrue(nodes.get("start").y() < nodes.get("left").y() && nodes.get("fan").y() < nodes.get("join").y());
    assertTrue(nodes.get("left").x() < nodes.get("fan").x(), "siblings side by side, in definition order");
    assertTrue(nodes.get("fan").loops() && nodes.get("fan").selected() && nodes.get("join").problem());
    assertEquals(4, canvas.edges().size());
    assertEquals(Set.of("start->left", "start->fan", "left->join", "fan->join"), Set.copyOf(canvas.edges().stream()
        .map(e -> e.from() + "->" + e.to()).toList()));
    assertTrue(canvas.width() >= nodes.get("fan").x() + Canvas.NODE_WIDTH);
    assertTrue(canvas.height() >= nodes.get("join").y() + Canvas.NODE_HEIGHT);
  }
}
