package strongroom.cli.secrets;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import strongroom.secrets.Environments;

/** Which secret a command is about: its name and {@code --env}. */
public final class SecretAddress {
  @Parameters(index = "0", paramLabel = "NAME", description = "Secret name, as in SECRETS.<name>.<key>.")
  private String name;

  @Option(names = "--env", paramLabel = "ENV", description = "Environment of the secret (default: default).")
  private String environment;

  public String name() {
    return name;
  }

  public String environment() {
    return Environments.orDefault(environment);
  }

  /** For messages: {@code name} in environment {@code env}. */
  public String describe() {
    return name + " in environment " + environment();
  }
}
