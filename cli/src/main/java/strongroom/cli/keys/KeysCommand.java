package strongroom.cli.keys;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import strongroom.cli.GlobalOptions;

/** {@code strongroom keys}: the keyring (key terms) and the root key; alone it prints its usage. */
@Command(name = "keys",
    mixinStandardHelpOptions = true,
    description = "Inspect and rotate the key-encryption keys (numbered terms) and the root key.",
    subcommands = {
        KeyStatusCommand.class, RotateKeysCommand.class, DisableKeyTermCommand.class, EnableKeyTermCommand.class,
        DestroyKeyTermCommand.class, RekeyCommand.class})
public final class KeysCommand implements Runnable {
  @Spec
  private CommandSpec spec;

  @Mixin
  private GlobalOptions global;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
