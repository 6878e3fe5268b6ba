package strongroom.cli.serve;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import strongroom.cli.StoreCommand;
import strongroom.secrets.service.SecretStore;
import strongroom.server.StrongroomServer;
import strongroom.server.auth.FirstRun;
import strongroom.server.auth.Users;

/**
 * {@code strongroom serve}: the HTTP API over the store the global options point at. Runs until the
 * process is told to stop (SIGTERM, Ctrl-C); then the server stops first, the store closes second.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the REST API (/api/v1), /healthz and /readyz. Authenticate with tokens from"
        + " `strongroom tokens create` or log in (POST /api/v1/login). On first start creates user `admin`"
        + " with the password from STRONGROOM_ADMIN_PASSWORD, or prints a generated one once.")
public final class ServeCommand extends StoreCommand {
  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  private String host;

  @Option(names = "--port", defaultValue = "8080", description = "Port to listen on; 0 picks one (default: ${DEFAULT-VALUE}).")
  private int port;

  @Override
  protected void checkArguments() {
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port must be from 0 to 65535");
    }
  }

  @Override
  protected int run(SecretStore store) throws InterruptedException {
    // Before listening, so nobody can log in between start and the admin's creation.
    FirstRun.ensureAdmin(new Users(store, Clock.systemUTC()), System.getenv(FirstRun.PASSWORD_ENV), err());
    StrongroomServer server = StrongroomServer.start(host, port, store, Clock.systemUTC());
    CountDownLatch stopped = new CountDownLatch(1);
    // The JVM may halt as soon as hooks finish, so the hook itself closes the store after the server;
    // StoreCommand closing it again afterwards is harmless (the pool's close is idempotent).
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
        store.close();
      } finally {
        stopped.countDown();
      }
    }, "strongroom-shutdown"));
    err().println("strongroom: serving on http://" + host + ":" + server.port());
    err().flush();
    stopped.await();
    return 0;
  }
}
