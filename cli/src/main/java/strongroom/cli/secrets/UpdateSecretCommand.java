package strongroom.cli.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import strongroom.cli.StoreCommand;
import strongroom.secrets.KeyInput;
import strongroom.secrets.Secret;
import strongroom.secrets.SecretType;
import strongroom.secrets.SecretUpdate;
import strongroom.secrets.SecretValue;
import strongroom.secrets.service.SecretStore;
import strongroom.secrets.validation.SecretRules;

/**
 * {@code secrets update}: only what is given changes. Key options, when any is given, name the whole
 * new key set: {@code --key} sets a value, {@code --keep} keeps the stored one, and every other
 * stored key is removed. Without key options the keys are left alone.
 */
@Command(name = "update", mixinStandardHelpOptions = true,
    description = {"Change a secret; only what is given changes.",
        "With any --key or --keep, those keys become the whole key set: --key sets a value, --keep keeps"
            + " the stored one, and stored keys named by neither are removed. Without them the keys stay as"
            + " they are."})
final class UpdateSecretCommand extends StoreCommand {
  @Mixin
  private SecretAddress address;

  @Option(names = "--rename", paramLabel = "NEW_NAME", description = "New name for the secret.")
  private String rename;

  @Option(names = "--move-to", paramLabel = "ENV", description = "Move the secret to another environment.")
  private String moveTo;

  @Option(names = "--description", paramLabel = "TEXT", description = "New description.")
  private String description;

  @Option(names = "--tag", paramLabel = "NAME=VALUE", description = "Replace the tags with these; repeat for more.")
  private Map<String, String> tags;

  @Option(names = "--clear-tags", description = "Remove every tag.")
  private boolean clearTags;

  @Option(names = "--key", paramLabel = "KEY[=@FILE|=-]", description = KeyArgument.HELP)
  private List<String> keys = List.of();

  @Option(names = "--keep", paramLabel = "KEY", description = "Keep this stored key and its value.")
  private List<String> keep = List.of();

  @Option(names = "--expect-version", paramLabel = "N",
      description = "Refuse the change unless the secret is still at version N.")
  private Integer expectVersion;

  private List<KeyArgument> arguments;

  @Override
  protected void checkArguments() {
    if (tags != null && clearTags) {
      throw new ParameterException(spec.commandLine(), "--tag and --clear-tags cannot be combined");
    }
    arguments = KeyArgument.parseAll(spec, keys);
    for (int i = 0; i < keep.size(); i++) {
      if (!SecretRules.KEY.matcher(keep.get(i)).matches()) {
        throw new ParameterException(spec.commandLine(), "--keep #" + (i + 1)
            + ": the key name must match ^[A-Za-z_][A-Za-z0-9_]{0,99}$ (it is not repeated here)");
      }
    }
    if (rename == null && moveTo == null && description == null && tags == null && !clearTags
        && arguments.isEmpty() && keep.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "nothing to change: give at least one of --rename,"
          + " --move-to, --description, --tag, --clear-tags, --key, --keep");
    }
  }

  @Override
  protected int run(SecretStore store) {
    boolean keysGiven = !arguments.isEmpty() || !keep.isEmpty();
    List<KeyInput> inputs = new ArrayList<>();
    try {
      if (keysGiven) {
        // Stdin handling depends on the type (PEM keeps its newline), so look the secret up first;
        // that also reports a wrong name before anyone types a value.
        SecretType type = store.secrets().get(workspace(), address.name(), address.environment()).type();
        keep.forEach(key -> inputs.add(new KeyInput(key, SecretValue.empty())));
        inputs.addAll(new KeyReader(terminal(), err()).read(arguments, type));
      }
      SecretUpdate change = new SecretUpdate(rename, moveTo, description, clearTags ? Map.of() : tags,
          keysGiven ? inputs : null, expectVersion);
      Secret updated = store.secrets().update(workspace(), address.name(), address.environment(), change, actor());
      out().println("Updated secret " + updated.name() + " in environment " + updated.environment()
          + ": version " + updated.currentVersion() + ", keys " + String.join(", ", updated.keyNames()) + ".");
      return 0;
    } finally {
      KeyReader.destroy(inputs);
    }
  }
}
