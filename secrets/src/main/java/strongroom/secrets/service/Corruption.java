package strongroom.secrets.service;

/** One stored version that failed verification, and why (a fixed phrase, never content). */
public record Corruption(String workspaceId, String secretName, String environment, int version, boolean deleted,
    String reason) {}
