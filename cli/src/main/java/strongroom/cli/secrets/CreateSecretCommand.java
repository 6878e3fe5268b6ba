package strongroom.cli.secrets;

import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import strongroom.cli.StoreCommand;
import strongroom.secrets.KeyInput;
import strongroom.secrets.NewSecret;
import strongroom.secrets.Secret;
import strongroom.secrets.SecretType;
import strongroom.secrets.service.SecretStore;

/** {@code secrets create}: a new secret with its keys, values read from files, stdin or a prompt. */
@Command(name = "create", mixinStandardHelpOptions = true,
    description = "Create a secret. Values come from a file, standard input or a hidden prompt, never from"
        + " the command line.")
final class CreateSecretCommand extends StoreCommand {
  @Mixin
  private SecretAddress address;

  @Option(names = "--type", paramLabel = "TYPE", converter = SecretTypeConverter.class,
      description = "custom (default, any keys), ssh_key (PRIVATE_KEY), mtls (TLS_CERTIFICATE and"
          + " TLS_PRIVATE_KEY) or ca_cert (CA_CERTIFICATE).")
  private SecretType type = SecretType.CUSTOM;

  @Option(names = "--description", paramLabel = "TEXT", description = "What the secret is for.")
  private String description;

  @Option(names = "--tag", paramLabel = "NAME=VALUE", description = "A tag; repeat for more.")
  private Map<String, String> tags;

  @Option(names = "--key", required = true, paramLabel = "KEY[=@FILE|=-]", description = KeyArgument.HELP)
  private List<String> keys;

  private List<KeyArgument> arguments;

  @Override
  protected void checkArguments() {
    arguments = KeyArgument.parseAll(spec, keys);
  }

  @Override
  protected int run(SecretStore store) {
    List<KeyInput> inputs = new KeyReader(terminal(), err()).read(arguments, type);
    try {
      Secret created = store.secrets().create(workspace(),
          new NewSecret(address.name(), address.environment(), type, description, tags, inputs), actor());
      out().println("Created secret " + created.name() + " in environment " + created.environment()
          + ": version " + created.currentVersion() + ", keys " + String.join(", ", created.keyNames()) + ".");
      return 0;
    } finally {
      KeyReader.destroy(inputs);
    }
  }
}
