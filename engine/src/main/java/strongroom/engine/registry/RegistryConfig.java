package strongroom.engine.registry;

import java.time.Duration;
import java.util.Map;

/**
 * Settings the registry's actions read: base URL overrides by integration name ({@code virustotal},
 * {@code aws.guardduty}, {@code aws.sts}…, so tests and private deployments can point them
 * elsewhere) and the default HTTP timeout.
 */
public record RegistryConfig(Map<String, String> baseUrls, Duration httpTimeout) {
  public RegistryConfig {
    baseUrls = Map.copyOf(baseUrls);
  }

  public static RegistryConfig defaults() {
    return new RegistryConfig(Map.of(), Duration.ofSeconds(30));
  }

  /** The configured base URL of {@code integration}, else {@code fallback}. */
  public String baseUrl(String integration, String fallback) {
    return baseUrls.getOrDefault(integration, fallback);
  }

  public RegistryConfig withBaseUrl(String integration, String url) {
    java.util.HashMap<String, String> copy = new java.util.HashMap<>(baseUrls);
    copy.put(integration, url);
    return new RegistryConfig(copy, httpTimeout);
  }
}
