package strongroom.engine.masking;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * A multi-pattern matcher over chars: one pass over the text finds every occurrence of every
 * pattern (Aho-Corasick). For each start position it reports the end of the longest match.
 */
final class AhoCorasick {
  private final Map<Character, Integer>[] next;
  private final int[] fail;
  /** Length of the longest pattern ending at this state, via the output (dictionary suffix) chain. */
  private final int[] longestOutput;

  @SuppressWarnings("unchecked")
  AhoCorasick(Collection<String> patterns) {
    int capacity = 1 + patterns.stream().mapToInt(String::length).sum();
    Map<Character, Integer>[] edges = new Map[capacity];
    int[] depthOutput = new int[capacity];
    edges[0] = new HashMap<>();
    int states = 1;
    for (String pattern : patterns) {
      if (pattern.isEmpty()) {
        continue;
      }
      int state = 0;
      for (int i = 0; i < pattern.length(); i++) {
        Integer target = edges[state].get(pattern.charAt(i));
        if (target == null) {
          target = states++;
          edges[target] = new HashMap<>(4);
          edges[state].put(pattern.charAt(i), target);
        }
        state = target;
      }
      depthOutput[state] = Math.max(depthOutput[state], pattern.length());
    }
    this.next = Arrays.copyOf(edges, states);
    this.fail = new int[states];
    this.longestOutput = Arrays.copyOf(depthOutput, states);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int child : next[0].values()) {
      queue.add(child);
    }
    while (!queue.isEmpty()) {
      int state = queue.poll();
      for (Map.Entry<Character, Integer> edge : next[state].entrySet()) {
        int child = edge.getValue();
        int f = fail[state];
        while (f != 0 && !next[f].containsKey(edge.getKey())) {
          f = fail[f];
        }
        Integer viaFail = next[f].get(edge.getKey());
        fail[child] = viaFail != null && viaFail != child ? viaFail : 0;
        longestOutput[child] = Math.max(longestOutput[child], longestOutput[fail[child]]);
        queue.add(child);
      }
    }
  }

  /**
   * For each index {@code i} of {@code text}, the exclusive end of the longest pattern occurrence
   * starting at {@code i}, or {@code i} when none starts there. Only the longest match ending at
   * each position is seen, which is enough to cover every occurrence once intervals are merged.
   */
  int[] matchEnds(CharSequence text) {
    int[] ends = new int[text.length()];
    for (int i = 0; i < ends.length; i++) {
      ends[i] = i;
    }
    int state = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      Integer target;
      while ((target = next[state].get(c)) == null && state != 0) {
        state = fail[state];
      }
      state = target == null ? 0 : target;
      int length = longestOutput[state];
      if (length > 0) {
        int start = i + 1 - length;
        ends[start] = Math.max(ends[start], i + 1);
      }
    }
    return ends;
  }
}
