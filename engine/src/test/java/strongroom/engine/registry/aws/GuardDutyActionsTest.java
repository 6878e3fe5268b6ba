package strongroom.engine.registry.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import strongroom.engine.registry.ActionException;
import strongroom.engine.registry.ActionSpec;
import strongroom.engine.registry.RegistryConfig;
import strongroom.engine.testing.TestActionContext;
import strongroom.secrets.testing.Canaries;

/** GuardDuty through the AWS SDK against WireMock, SigV4 checked by the credential it names. */
class GuardDutyActionsTest {
  private static final WireMockServer STUB =
      new WireMockServer(WireMockConfiguration.options().dynamicPort());
  private static ActionSpec list;
  private static ActionSpec get;

  @BeforeAll
  static void start() {
    STUB.start();
    RegistryConfig config = RegistryConfig.defaults()
        .withBaseUrl("aws.guardduty", STUB.baseUrl()).withBaseUrl("aws.sts", STUB.baseUrl());
    list = GuardDutyActions.listFindings(config);
    get = GuardDutyActions.getFindings(config);
  }

  @AfterAll
  static void stop() {
    STUB.stop();
  }

  @BeforeEach
  void reset() {
    STUB.resetAll();
    STUB.stubFor(post(urlPathEqualTo("/detector/det-1/findings"))
        .willReturn(okJson("{\"findingIds\": [\"f1\", \"f2\"], \"nextToken\": \"n2\"}")));
    STUB.stubFor(post(urlPathEqualTo("/detector/det-1/findings/get")).willReturn(okJson("""
        {"findings": [{"accountId": "123456789012", "id": "f1", "region": "us-east-1",
          "severity": 8.0, "type": "Recon:EC2/PortProbeUnprotectedPort",
          "createdAt": "2026-01-01T00:00:00.000Z", "resource": {"resourceType": "Instance"}}],
         "unprocessedFindings": []}""")));
  }

  private static String credentialOf(String keyId, String region) {
    return "AWS4-HMAC-SHA256 Credential=" + Pattern.quote(keyId) + "/\\d{8}/" + region
        + "/guardduty/aws4_request,.*";
  }

  @Test
  void listFindings_signsWithStoredKey_andSendsCriteria() throws Exception {
    String keyId = "AKIA" + Canaries.next();
    Object result = TestActionContext.builder().arg("detector_id", "det-1")
        .arg("finding_criteria", Map.of("severity", Map.of("gte", 7L)))
        .arg("max_results", 10L)
        .secret("aws", "AWS_ACCESS_KEY_ID", keyId)
        .secret("aws", "AWS_SECRET_ACCESS_KEY", Canaries.next()).build().run(list);
    assertEquals(Map.of("finding_ids", List.of("f1", "f2"), "next_token", "n2"), result);
    STUB.verify(postRequestedFor(urlPathEqualTo("/detector/det-1/findings"))
        .withHeader("Authorization", matching(credentialOf(keyId, "us-east-1")))
        .withRequestBody(equalToJson("{\"maxResults\": 10, \"findingCriteria\": "
            + "{\"criterion\": {\"severity\": {\"greaterThanOrEqual\": 7}}}}")));
  }

  @Test
  void getFindings_returnsApiFieldNames_inStoredRegion() throws Exception {
    String keyId = "AKIA" + Canaries.next();
    String token = Canaries.next();
    Object result = TestActionContext.builder().arg("detector_id", "det-1")
        .arg("finding_ids", List.of("f1"))
        .secret("aws", "AWS_ACCESS_KEY_ID", keyId)
        .secret("aws", "AWS_SECRET_ACCESS_KEY", Canaries.next())
        .secret("aws", "AWS_SESSION_TOKEN", token)
        .secret("aws", "AWS_REGION", "eu-west-1").build().run(get);
    Map<?, ?> finding = (Map<?, ?>) ((List<?>) ((Map<?, ?>) result).get("findings")).get(0);
    assertEquals("f1", finding.get("Id"));
    assertEquals(8.0, finding.get("Severity"));
    assertEquals(Map.of("ResourceType", "Instance"), finding.get("Resource"));
    STUB.verify(postRequestedFor(urlPathEqualTo("/detector/det-1/findings/get"))
        .withHeader("Authorization", matching(credentialOf(keyId, "eu-west-1")))
        .withHeader("X-Amz-Security-Token", equalTo(token))
        .withRequestBody(equalToJson("{\"findingIds\": [\"f1\"]}")));
  }

  @Test
  void roleArn_isAssumedThroughSts_andGuardDutyUsesTheAssumedKey() throws Exception {
    String baseKey = "AKIA" + Canaries.next();
    String assumedKey = "ASIA" + Canaries.next();
    String assumedSecret = Canaries.next();
    String assumedToken = Canaries.next();
    String role = "arn:aws:iam::123456789012:role/" + Canaries.next();
    STUB.stubFor(post(urlPathEqualTo("/")).withRequestBody(containing("Action=AssumeRole"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml").withBody("""
            <AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <AssumeRoleResult>
                <Credentials>
                  <AccessKeyId>%s</AccessKeyId>
                  <SecretAccessKey>%s</SecretAccessKey>
                  <SessionToken>%s</SessionToken>
                  <Expiration>2099-01-01T00:00:00Z</Expiration>
                </Credentials>
                <AssumedRoleUser>
                  <Arn>arn:aws:sts::123456789012:assumed-role/r/strongroom</Arn>
                  <AssumedRoleId>AROAEXAMPLE:strongroom</AssumedRoleId>
                </AssumedRoleUser>
              </AssumeRoleResult>
              <ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata>
            </AssumeRoleResponse>""".formatted(assumedKey, assumedSecret, assumedToken))));
    TestActionContext context = TestActionContext.builder().arg("detector_id", "det-1")
        .secret("aws", "AWS_ACCESS_KEY_ID", baseKey)
        .secret("aws", "AWS_SECRET_ACCESS_KEY", Canaries.next())
        .secret("aws", "AWS_ROLE_ARN", role).build();
    context.run(list);
    STUB.verify(postRequestedFor(urlPathEqualTo("/"))
        .withHeader("Authorization", matching("AWS4-HMAC-SHA256 Credential="
            + Pattern.quote(baseKey) + "/\\d{8}/us-east-1/sts/aws4_request,.*"))
        .withRequestBody(containing("RoleSessionName=strongroom")));
    STUB.verify(postRequestedFor(urlPathEqualTo("/detector/det-1/findings"))
        .withHeader("Authorization", matching(credentialOf(assumedKey, "us-east-1")))
        .withHeader("X-Amz-Security-Token", equalTo(assumedToken)));
    assertEquals(List.of(assumedKey, assumedSecret, assumedToken), context.maskedValues());
  }

  @Test
  void noAwsKeys_failsClearly_beforeAnyRequest() {
    ActionException e = assertThrows(ActionException.class, () -> TestActionContext.builder()
        .arg("detector_id", "det-1").environment("tenant_b").build().run(list));
    assertEquals("secret `aws` in `tenant_b` needs both AWS_ACCESS_KEY_ID and "
        + "AWS_SECRET_ACCESS_KEY (the server's own AWS identity is never used)", e.getMessage());
    assertEquals(0, STUB.getAllServeEvents().size());
  }

  @Test
  void profileName_refusedAsUnsupportedServerSide() {
    ActionException e = assertThrows(ActionException.class, () -> TestActionContext.builder()
        .arg("detector_id", "det-1").secret("aws", "AWS_PROFILE_NAME", Canaries.next())
        .build().run(list));
    assertTrue(e.getMessage().contains("AWS_PROFILE_NAME is not supported server-side"));
  }

  @Test
  void serviceError_reportsStatusAndCode_notTheMessage() {
    String role = "arn:aws:iam::1:role/" + Canaries.next();
    STUB.stubFor(post(urlPathEqualTo("/detector/det-1/findings")).willReturn(aResponse()
        .withStatus(400).withHeader("Content-Type", "application/json")
        .withHeader("x-amzn-ErrorType", "BadRequestException")
        .withBody("{\"message\": \"no access to " + role + "\", \"__type\": \"BadRequestException\"}")));
    ActionException e = assertThrows(ActionException.class, () -> TestActionContext.builder()
        .arg("detector_id", "det-1").secret("aws", "AWS_ACCESS_KEY_ID", "AKIA" + Canaries.next())
        .secret("aws", "AWS_SECRET_ACCESS_KEY", Canaries.next()).build().run(list));
    assertEquals("GuardDuty ListFindings failed: HTTP 400 BadRequestException", e.getMessage());
    assertFalse(e.getMessage().contains(role));
  }

  @Test
  void accessKeyWithoutSecretKey_failsClearly() {
    ActionException e = assertThrows(ActionException.class, () -> TestActionContext.builder()
        .arg("detector_id", "det-1").secret("aws", "AWS_ACCESS_KEY_ID", "AKIA" + Canaries.next())
        .build().run(list));
    assertTrue(e.getMessage().startsWith("secret `aws` in `default` needs both"), e.getMessage());
  }

  @Test
  void credentials_toStringNeverShowsTheSecretKey() {
    String secretKey = Canaries.next();
    String token = Canaries.next();
    String text = software.amazon.awssdk.auth.credentials.AwsSessionCredentials
        .create("AKIAEXAMPLE", secretKey, token).toString()
        + software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
            software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("AKIAEXAMPLE",
                secretKey)).toString();
    assertFalse(text.contains(secretKey) || text.contains(token), "SDK credentials toString");
  }
}
