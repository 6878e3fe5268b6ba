package strongroom.server.web.workflows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import strongroom.engine.definition.ActionStatement;
import strongroom.engine.definition.WorkflowDefinition;

/**
 * A workflow's actions laid out as a graph for an SVG drawn on the server: each action in the row
 * after the deepest action it waits for, edges from each dependency to its dependent.
 */
public record Canvas(int width, int height, List<Node> nodes, List<Edge> edges) {
  static final int NODE_WIDTH = 280;
  static final int NODE_HEIGHT = 64;
  private static final int GAP_X = 40;
  private static final int GAP_Y = 56;
  private static final int MARGIN = 24;

  /** One action box; {@code loops} marks a for_each action. */
  public record Node(String ref, String action, int x, int y, boolean loops, boolean selected, boolean problem) {
    public int width() {
      return NODE_WIDTH;
    }

    public int height() {
      return NODE_HEIGHT;
    }
  }

  /** A dependency: {@code from} must finish before {@code to}; {@code path} is the SVG curve. */
  public record Edge(String from, String to, String path) {}

  /** Lays out {@code definition}, where {@code upstream} gives the refs an action waits for. */
  static Canvas of(WorkflowDefinition definition, Function<String, Set<String>> upstream, String selected,
      Set<String> withProblems) {
    Map<String, Integer> rows = new HashMap<>();
    for (ActionStatement a : definition.actions()) {
      row(a.ref(), upstream, rows, new java.util.HashSet<>());
    }
    Map<Integer, Integer> used = new HashMap<>();
    Map<String, Node> nodes = new java.util.LinkedHashMap<>();
    int columns = 1;
    int lastRow = 0;
    for (ActionStatement a : definition.actions()) {
      int row = rows.get(a.ref());
      int column = used.merge(row, 1, Integer::sum) - 1;
      columns = Math.max(columns, column + 1);
      lastRow = Math.max(lastRow, row);
      nodes.put(a.ref(), new Node(a.ref(), a.action(), MARGIN + column * (NODE_WIDTH + GAP_X),
          MARGIN + row * (NODE_HEIGHT + GAP_Y), a.loops(), a.ref().equals(selected), withProblems.contains(a.ref())));
    }
    List<Edge> edges = new ArrayList<>();
    for (Node to : nodes.values()) {
      for (String fromRef : upstream.apply(to.ref())) {
        Node from = nodes.get(fromRef);
        if (from != null) {
          edges.add(new Edge(from.ref(), to.ref(), curve(from, to)));
        }
      }
    }
    int width = 2 * MARGIN + columns * NODE_WIDTH + (columns - 1) * GAP_X;
    int height = 2 * MARGIN + (lastRow + 1) * NODE_HEIGHT + lastRow * GAP_Y;
    return new Canvas(width, nodes.isEmpty() ? 2 * MARGIN : height, List.copyOf(nodes.values()), edges);
  }

  /** The row of {@code ref}: one below its deepest dependency; a cycle (refused on save) stops the walk. */
  private static int row(String ref, Function<String, Set<String>> upstream, Map<String, Integer> rows,
      Set<String> visiting) {
    Integer known = rows.get(ref);
    if (known != null) {
      return known;
    }
    if (!visiting.add(ref)) {
      return 0;
    }
    int row = 0;
    for (String dep : upstream.apply(ref)) {
      row = Math.max(row, row(dep, upstream, rows, visiting) + 1);
    }
    rows.put(ref, row);
    return row;
  }

  private static String curve(Node from, Node to) {
    int x1 = from.x() + NODE_WIDTH / 2;
    int y1 = from.y() + NODE_HEIGHT;
    int x2 = to.x() + NODE_WIDTH / 2;
    int y2 = to.y() - 6;
    int mid = (y1 + y2) / 2;
    return "M" + x1 + " " + y1 + " C" + x1 + " " + mid + " " + x2 + " " + mid + " " + x2 + " " + y2;
  }
}
