package strongroom.cli.keys;

import picocli.CommandLine.Command;
import strongroom.cli.ExitCodes;
import strongroom.cli.StoreCommand;
import strongroom.secrets.service.KeyService;
import strongroom.secrets.service.RotationResult;
import strongroom.secrets.service.SecretStore;

/** {@code keys rotate}: a new primary term, every data key rewrapped under it; resumes an interrupted run. */
@Command(name = "rotate", mixinStandardHelpOptions = true,
    description = {"Add a new primary key term and rewrap every data key under it (values are not re-encrypted).",
        "Safe to interrupt: running it again resumes the unfinished rotation."})
final class RotateKeysCommand extends StoreCommand {
  @Override
  protected int run(SecretStore store) {
    ProgressBar bar = terminal().interactive() ? new ProgressBar(err(), "Rewrapping data keys") : null;
    RotationResult result;
    try {
      result = store.keys().rotate(actor(), bar != null ? bar : KeyService.Progress.NONE);
    } finally {
      if (bar != null) {
        bar.finish();
      }
    }
    out().println((result.resumed() ? "Resumed the interrupted rotation: " : "Rotated: ") + "term "
        + result.primary() + " is the primary; " + result.rewrapped() + " data key"
        + (result.rewrapped() == 1 ? "" : "s") + " rewrapped.");
    if (result.corrupted() > 0) {
      err().println("strongroom: " + result.corrupted() + " data keys could not be rewrapped because they do not"
          + " verify; run `strongroom secrets verify`.");
      return ExitCodes.FAILURE;
    }
    out().println("Older terms still unwrap until disabled: `strongroom keys disable TERM`.");
    return ExitCodes.OK;
  }
}
