package strongroom.server.web.credentials;

/** The fixed confirmations a page shows after a redirect ({@code ?done=created}); anything else shows nothing. */
final class Notices {
  private Notices() {}

  static String of(String done) {
    if (done == null) {
      return null;
    }
    return switch (done) {
      case "created" -> "Secret created. Its values are stored encrypted and will not be shown again.";
      case "updated" -> "Secret updated. A new version was stored.";
      case "deleted" -> "Secret deleted. An admin can restore it through the API or the CLI.";
      case "rolled_back" -> "Rolled back: the chosen version's keys are now current, as a new version.";
      default -> null;
    };
  }
}
