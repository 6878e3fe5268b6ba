package strongroom.engine.runner;

import java.time.Clock;
import strongroom.engine.history.RunHistory;
import strongroom.engine.registry.Registry;
import strongroom.expr.Expressions;
import strongroom.secrets.service.SecretResolver;

/** What the runner needs from the rest of Strongroom: secrets, expressions, actions, history, saved workflows. */
public record EngineServices(SecretResolver resolver, Expressions expressions, Registry registry, RunHistory history,
    WorkflowLookup lookup, Clock clock, EngineSettings settings) {}
