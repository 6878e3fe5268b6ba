package strongroom.cli;

/** Entry point of the {@code strongroom} jar. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(StrongroomCommand.commandLine(new StrongroomCommand()).execute(args));
  }
}
