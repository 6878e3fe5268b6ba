package strongroom.engine.registry;

import java.time.Duration;
import java.util.Map;

/** What a running action may use: its arguments, its secrets, a log, its environment and timeout. */
public interface ActionContext {
  /** Evaluated arguments, checked against the action's {@link ArgumentSpec}s, defaults filled in. */
  Map<String, Object> args();

  /** The secrets this invocation resolved (declared and referenced), for its effective environment. */
  ActionSecrets secrets();

  /** The effective environment of this invocation. */
  String environment();

  /** Lines the action wants in the run history; masked before they are stored. */
  void log(String line);

  /**
   * Registers a value derived from a secret (an OAuth token fetched with a client secret, say) so
   * it is masked like one.
   */
  void addMaskedValue(String value);

  /** How long the action may take. */
  Duration timeout();

  /** Starts child workflows; only the runner's own core.workflow.execute needs it. */
  ChildWorkflows childWorkflows();
}
