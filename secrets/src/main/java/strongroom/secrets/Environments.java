package strongroom.secrets;

/** The environment a secret copy belongs to: a tenant, an AWS account id, or {@code default}. */
public final class Environments {
  public static final String DEFAULT = "default";

  private Environments() {}

  /** The given environment, or {@code default} when it is null or blank. */
  public static String orDefault(String environment) {
    return environment == null || environment.isBlank() ? DEFAULT : environment;
  }
}
