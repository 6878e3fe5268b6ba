package strongroom.engine.registry.template;

import java.util.ArrayList;
import java.util.List;

/** Collects what is wrong with one integration file, each against the field it concerns. */
final class Problems {
  private final String file;
  private final List<String> list = new ArrayList<>();

  Problems(String file) {
    this.file = file;
  }

  void add(String field, String message) {
    list.add(file + ": " + field + ": " + message);
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  void throwIfAny() {
    if (!list.isEmpty()) {
      throw new TemplateException(file, list);
    }
  }
}
