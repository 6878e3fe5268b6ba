package strongroom.engine.registry.aws;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;
import strongroom.engine.registry.ActionContext;
import strongroom.engine.registry.ActionException;
import strongroom.engine.registry.ActionSecrets;
import strongroom.engine.registry.RegistryConfig;
import strongroom.engine.registry.RegistrySecret;

/**
 * The region and credentials of one AWS call, from the {@code aws} secret only: static keys
 * (with a session token if given), then an assumed role when {@code AWS_ROLE_ARN} is set. The
 * server's own AWS identity (environment, instance profile, ~/.aws) is never used, so one
 * tenant's workflow cannot borrow it.
 */
final class AwsSession {
  static final String SECRET = "aws";
  static final List<String> KEYS = List.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
      "AWS_SESSION_TOKEN", "AWS_REGION", "AWS_ROLE_ARN", "AWS_ROLE_SESSION_NAME",
      "AWS_PROFILE_NAME");

  /** The declared secret: every key optional, but at least one must be present. */
  static RegistrySecret secret() {
    return new RegistrySecret(SECRET, List.of(), KEYS, /* optional= */ false);
  }

  // A class, not a record: a record's toString and equals would reach the credentials.
  private final Region region;
  private final StaticCredentialsProvider credentials;

  private AwsSession(Region region, StaticCredentialsProvider credentials) {
    this.region = region;
    this.credentials = credentials;
  }

  Region region() {
    return region;
  }

  StaticCredentialsProvider credentials() {
    return credentials;
  }

  @Override
  public String toString() {
    return "AwsSession[region=" + region + "]";
  }

  static AwsSession open(ActionContext context, RegistryConfig config, String regionArgument) {
    ActionSecrets s = context.secrets();
    if (s.optional(SECRET, "AWS_PROFILE_NAME").isPresent()) {
      throw new ActionException("secret `aws`: AWS_PROFILE_NAME is not supported server-side "
          + "(a profile needs an ~/.aws file on the server); store AWS_ACCESS_KEY_ID and "
          + "AWS_SECRET_ACCESS_KEY, and AWS_ROLE_ARN to assume a role");
    }
    Optional<String> keyId = s.optional(SECRET, "AWS_ACCESS_KEY_ID");
    Optional<String> secretKey = s.optional(SECRET, "AWS_SECRET_ACCESS_KEY");
    if (keyId.isEmpty() || secretKey.isEmpty()) {
      throw new ActionException("secret `aws` in `" + context.environment() + "` needs both "
          + "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (the server's own AWS identity is "
          + "never used)");
    }
    Region region = Region.of(s.optional(SECRET, "AWS_REGION")
        .orElse(regionArgument == null ? "us-east-1" : regionArgument));
    Optional<String> token = s.optional(SECRET, "AWS_SESSION_TOKEN");
    AwsCredentials base = token.isPresent()
        ? AwsSessionCredentials.create(keyId.get(), secretKey.get(), token.get())
        : AwsBasicCredentials.create(keyId.get(), secretKey.get());
    Optional<String> role = s.optional(SECRET, "AWS_ROLE_ARN");
    if (role.isEmpty()) {
      return new AwsSession(region, StaticCredentialsProvider.create(base));
    }
    String sessionName = s.optional(SECRET, "AWS_ROLE_SESSION_NAME").orElse("strongroom");
    return new AwsSession(region, StaticCredentialsProvider.create(
        assume(context, config, region, base, role.get(), sessionName)));
  }

  private static AwsSessionCredentials assume(ActionContext context, RegistryConfig config,
      Region region, AwsCredentials base, String roleArn, String sessionName) {
    var builder = StsClient.builder()
        .region(region)
        .credentialsProvider(StaticCredentialsProvider.create(base))
        .httpClientBuilder(http(context.timeout()))
        .overrideConfiguration(o -> o.apiCallTimeout(context.timeout()));
    endpoint(config, "aws.sts").ifPresent(builder::endpointOverride);
    Credentials c;
    try (StsClient sts = builder.build()) {
      c = sts.assumeRole(r -> r.roleArn(roleArn).roleSessionName(sessionName)).credentials();
    } catch (SdkException e) {
      throw failure("STS AssumeRole (the role in AWS_ROLE_ARN)", e);
    }
    // Derived from a secret, so masked like one wherever it might surface.
    context.addMaskedValue(c.accessKeyId());
    context.addMaskedValue(c.secretAccessKey());
    context.addMaskedValue(c.sessionToken());
    return AwsSessionCredentials.create(c.accessKeyId(), c.secretAccessKey(), c.sessionToken());
  }

  static UrlConnectionHttpClient.Builder http(Duration timeout) {
    return UrlConnectionHttpClient.builder().connectionTimeout(timeout).socketTimeout(timeout);
  }

  static Optional<URI> endpoint(RegistryConfig config, String key) {
    return Optional.ofNullable(config.baseUrl(key, null)).map(URI::create);
  }

  /**
   * An SDK failure as an action error: the service's error code and status only, since AWS
   * messages quote resources (a role ARN, say) that came out of the secret.
   */
  static ActionException failure(String call, SdkException e) {
    if (e instanceof AwsServiceException service && service.awsErrorDetails() != null) {
      return new ActionException(call + " failed: HTTP " + service.statusCode() + " "
          + service.awsErrorDetails().errorCode());
    }
    return new ActionException(call + " failed: " + e.getClass().getSimpleName());
  }
}
