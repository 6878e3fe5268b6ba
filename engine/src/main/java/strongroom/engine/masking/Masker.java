package strongroom.engine.masking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replaces every secret value (two characters or longer) and its common encodings with
 * {@code ***} wherever it appears: in strings, in map keys, in error messages and log lines. All
 * patterns are found in one pass over the text. Immutable and thread-safe; {@link #toString()}
 * shows only how many patterns it holds.
 */
public final class Masker {
  public static final String MASK = "***";
  private static final Masker NONE = new Masker(List.of());

  private final AhoCorasick automaton;
  private final int patterns;

  private Masker(Collection<String> patterns) {
    this.automaton = patterns.isEmpty() ? null : new AhoCorasick(patterns);
    this.patterns = patterns.size();
  }

  /** A masker that changes nothing. */
  public static Masker none() {
    return NONE;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The text with every occurrence of a pattern replaced; overlapping occurrences merge into one mask. */
  public String mask(String text) {
    if (automaton == null || text == null || text.isEmpty()) {
      return text;
    }
    int[] ends = automaton.matchEnds(text);
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    while (i < ends.length) {
      if (ends[i] == i) {
        i++;
        continue;
      }
      int start = i;
      int end = ends[i];
      // Overlapping and touching occurrences become one mask, so no boundary is revealed.
      for (int j = i + 1; j <= end && j < ends.length; j++) {
        end = Math.max(end, ends[j]);
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, start).append(MASK);
      copied = end;
      i = end;
    }
    if (out == null) {
      return text;
    }
    return out.append(text, copied, text.length()).toString();
  }

  /** A copy of a JSON-like value with every string leaf and map key masked. */
  public Object mask(Object value) {
    if (automaton == null) {
      return value;
    }
    if (value instanceof String text) {
      return mask(text);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String key = mask(String.valueOf(entry.getKey()));
        // Two keys that mask to the same text must not overwrite each other's values.
        String unique = key;
        for (int n = 2; out.containsKey(unique); n++) {
          unique = key + "#" + n;
        }
        out.put(unique, mask(entry.getValue()));
      }
      return out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      for (Object item : list) {
        out.add(mask(item));
      }
      return out;
    }
    return value;
  }

  @Override
  public String toString() {
    return "Masker[" + patterns + " patterns]";
  }

  /** Collects values secret by secret, so the Basic form of each pair within a secret is masked too. */
  public static final class Builder {
    private final Set<String> patterns = new LinkedHashSet<>();

    /** Adds one value and its encodings; values shorter than two characters are not masked (they would mask everything). */
    public Builder add(String value) {
      if (value != null && value.length() >= 2) {
        patterns.addAll(SecretEncodings.of(value));
      }
      return this;
    }

    /** Adds every value of one secret, and the {@code base64(a:b)} Basic form of each ordered pair of them. */
    public Builder addSecret(Collection<String> values) {
      List<String> kept = new ArrayList<>();
      for (String value : values) {
        add(value);
        if (value != null && !value.isEmpty()) {
          kept.add(value);
        }
      }
      for (int i = 0; i < kept.size(); i++) {
        for (int j = 0; j < kept.size(); j++) {
          if (i != j) {
            patterns.addAll(SecretEncodings.basic(kept.get(i), kept.get(j)));
          }
        }
      }
      return this;
    }

    public Masker build() {
      patterns.removeIf(p -> p.length() < 2);
      return patterns.isEmpty() ? NONE : new Masker(List.copyOf(patterns));
    }
  }
}
