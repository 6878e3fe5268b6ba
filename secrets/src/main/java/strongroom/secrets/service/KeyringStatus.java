package strongroom.secrets.service;

import java.util.List;

/** The keyring at a glance: its terms, the primary, and the target of an unfinished rotation (or null). */
public record KeyringStatus(List<KeyTermStatus> terms, int primary, Integer rotationInProgress, String rootKeySource) {}
