package strongroom.cli.tokens;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import strongroom.cli.GlobalOptions;

/** {@code strongroom tokens}: API tokens for the server, managed offline by an operator; alone it prints its usage. */
@Command(name = "tokens",
    mixinStandardHelpOptions = true,
    description = "Create, list and revoke API tokens (Authorization: Bearer …) for `strongroom serve`.",
    subcommands = {CreateTokenCommand.class, ListTokensCommand.class, RevokeTokenCommand.class})
public final class TokensCommand implements Runnable {
  @Spec
  private CommandSpec spec;

  @Mixin
  private GlobalOptions global;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
