package strongroom.bench.engine;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import strongroom.engine.registry.ActionSpec;
import strongroom.engine.registry.RegistrySecret;

/** {@code bench.call}: one GET to the stub with the {@code stub} secret's TOKEN; the same call the plain loop makes. */
final class BenchCallAction {
  static final HttpClient CLIENT = HttpClient.newHttpClient();

  private BenchCallAction() {}

  static ActionSpec spec(URI target) {
    return new ActionSpec("bench.call", "Calls the stub.", List.of(), List.of(RegistrySecret.of("stub", "TOKEN")),
        ctx -> call(target, ctx.secrets().value("stub", "TOKEN")));
  }

  static int call(URI target, String token) throws Exception {
    HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(target).header("x-token", token).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("stub answered " + response.statusCode());
    }
    return response.statusCode();
  }
}
