package strongroom.engine.registry;

/**
 * One executable step: a core action, or an integration built from core actions. Receives its
 * evaluated, type-checked arguments and the secrets it declared; returns a JSON-like result
 * ({@code null}, Boolean, Long, Double, String, List, Map). Whatever it returns, throws or logs is
 * masked before it is stored.
 */
@FunctionalInterface
public interface Action {
  Object execute(ActionContext context) throws Exception;
}
