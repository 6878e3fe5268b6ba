package strongroom.secrets.service;

import java.time.Instant;
import strongroom.secrets.crypto.KeyTermState;

/** A key term as {@code keys status} shows it: number, state, age, and how many data keys it wraps. */
public record KeyTermStatus(int term, KeyTermState state, Instant createdAt, long wrappedDataKeys) {}
