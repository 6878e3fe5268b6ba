package strongroom.expr.fn;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import strongroom.expr.eval.Args;
import strongroom.expr.eval.Frame;
import strongroom.expr.eval.Values;

/**
 * serialize_yaml and deserialize_yaml on SnakeYAML with the safe constructor only: standard
 * tags, no global tags, no class instantiation, bounded aliases and depth.
 */
final class YamlFunctions {
  private YamlFunctions() {}

  static void register(FunctionRegistry.Builder b) {
    b.add("deserialize_yaml", 1, 1, YamlFunctions::load);
    b.add("serialize_yaml", 1, 1, YamlFunctions::dump);
  }

  private static Yaml loader(Frame f) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowRecursiveKeys(false);
    options.setMaxAliasesForCollections(50);
    options.setNestingDepthLimit(64);
    options.setCodePointLimit(f.limits().maxStringLength());
    options.setTagInspector(tag -> false);
    return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()),
        new DumperOptions(), options);
  }

  private static Object load(Args a) {
    String text = a.str(0);
    // SnakeYAML spends on the order of 100 ns per character; the budget reflects that.
    a.frame().charge(text.length() * 20L);
    try {
      return Imported.convert(loader(a.frame()).load(text), a.frame());
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark();
      throw a.valueError("invalid YAML" + (m == null ? "" : " at line " + (m.getLine() + 1)
          + " column " + (m.getColumn() + 1)));
    } catch (YAMLException e) {
      throw a.valueError("invalid or unsupported YAML");
    }
  }

  private static Object dump(Args a) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndent(2);
    options.setAllowUnicode(true);
    options.setWidth(Integer.MAX_VALUE);
    Yaml yaml = new Yaml(new Representer(options), options);
    a.frame().charge(JsonText.dumps(a.get(0), -1, a.frame()).length() * 20L);
    StringWriter w = new StringWriter();
    yaml.dump(plain(a.get(0), a.frame()), w);
    a.frame().checkLength(w.getBuffer().length());
    return w.toString();
  }

  // Datetimes become ISO strings; everything else is already a plain Java value.
  private static Object plain(Object v, Frame f) {
    v = Values.canon(v);
    if (v instanceof Map<?, ?> m) {
      f.enter();
      f.charge(m.size());
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put(String.valueOf(k), plain(x, f)));
      f.exit();
      return out;
    }
    if (v instanceof List<?> l) {
      f.enter();
      f.charge(l.size());
      List<Object> out = new ArrayList<>(l.size());
      l.forEach(x -> out.add(plain(x, f)));
      f.exit();
      return out;
    }
    if (Values.isTemporal(v)) {
      return TimeFunctions.isoformat(v);
    }
    return v;
  }
}
