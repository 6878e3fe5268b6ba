package strongroom.secrets.storage;

/** A secret row as listed, with its current version (for verifying it without another query). */
public record ListedSecret(SecretRow secret, VersionRow current) {}
