package strongroom.secrets;

import java.time.Instant;
import java.util.List;

/** One stored version of a secret's keys: when, by whom, which key names, sealed by which key term. */
public record SecretVersion(
    int number, String environment, List<String> keyNames, Instant createdAt, String createdBy, int keyTerm) {}
