package strongroom.engine.registry.aws;

import static strongroom.engine.registry.ArgumentSpec.optional;
import static strongroom.engine.registry.ArgumentSpec.required;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.guardduty.model.GetFindingsResponse;
import software.amazon.awssdk.services.guardduty.model.ListFindingsRequest;
import software.amazon.awssdk.services.guardduty.model.ListFindingsResponse;
import strongroom.engine.registry.ActionContext;
import strongroom.engine.registry.ActionException;
import strongroom.engine.registry.ActionSpec;
import strongroom.engine.registry.ArgumentSpec;
import strongroom.engine.registry.ArgumentType;
import strongroom.engine.registry.RegistryConfig;
import strongroom.engine.registry.internal.ArgumentValues;

/**
 * {@code tools.aws_guardduty.*} on the AWS SDK for Java v2, authenticated from the {@code aws}
 * secret ({@link AwsSession}). The endpoint is {@code aws.guardduty} in {@link RegistryConfig}
 * when set (tests, VPC endpoints), else the SDK's regional one.
 */
public final class GuardDutyActions {
  private static final ArgumentSpec DETECTOR =
      required("detector_id", ArgumentType.STRING, "The GuardDuty detector id.");
  private static final ArgumentSpec REGION = optional("region", ArgumentType.STRING, "us-east-1",
      "The region when the aws secret holds no AWS_REGION.");

  private GuardDutyActions() {}

  public static List<ActionSpec> all(RegistryConfig config) {
    return List.of(listFindings(config), getFindings(config));
  }

  static ActionSpec listFindings(RegistryConfig config) {
    return new ActionSpec("tools.aws_guardduty.list_findings",
        "List GuardDuty finding ids that match `finding_criteria`; {finding_ids, next_token}.",
        List.of(DETECTOR,
            optional("finding_criteria", ArgumentType.OBJECT, null,
                "{field: {operator: value}}, e.g. {severity: {gte: 7}}."),
            optional("max_results", ArgumentType.INTEGER, 50L, "At most this many ids, 1 to 50."),
            optional("next_token", ArgumentType.STRING, null, "The next_token of a previous page."),
            REGION),
        List.of(AwsSession.secret()),
        context -> call(context, config, "GuardDuty ListFindings", (a, gd) -> {
          long max = a.integer("max_results");
          if (max < 1 || max > 50) {
            throw new ActionException("`max_results` must be between 1 and 50");
          }
          ListFindingsRequest.Builder r = ListFindingsRequest.builder()
              .detectorId(a.string("detector_id")).maxResults((int) max)
              .nextToken(a.string("next_token"));
          if (a.has("finding_criteria")) {
            r.findingCriteria(FindingCriteriaReader.read(a.map("finding_criteria")));
          }
          ListFindingsResponse response = gd.listFindings(r.build());
          Map<String, Object> out = new LinkedHashMap<>();
          out.put("finding_ids", List.copyOf(response.findingIds()));
          out.put("next_token", response.nextToken());
          return out;
        }));
  }

  static ActionSpec getFindings(RegistryConfig config) {
    return new ActionSpec("tools.aws_guardduty.get_findings",
        "Get GuardDuty findings by id; {findings: [...]} in the API's own field names.",
        List.of(DETECTOR,
            required("finding_ids", ArgumentType.ARRAY, "Up to 50 finding ids."),
            REGION),
        List.of(AwsSession.secret()),
        context -> call(context, config, "GuardDuty GetFindings", (a, gd) -> {
          List<String> ids = a.list("finding_ids").stream().map(String::valueOf).toList();
          if (ids.isEmpty() || ids.size() > 50) {
            throw new ActionException("`finding_ids` must hold 1 to 50 ids");
          }
          GetFindingsResponse response =
              gd.getFindings(r -> r.detectorId(a.string("detector_id")).findingIds(ids));
          return Map.of("findings", SdkJson.toJson(response.findings()));
        }));
  }

  /** One SDK client per invocation: credentials differ per environment, so nothing is shared. */
  private static Object call(ActionContext context, RegistryConfig config, String what,
      Call body) {
    ArgumentValues a = ArgumentValues.of(context.args());
    AwsSession session = AwsSession.open(context, config, a.string("region"));
    var builder = GuardDutyClient.builder()
        .region(session.region())
        .credentialsProvider(session.credentials())
        .httpClientBuilder(AwsSession.http(context.timeout()))
        .overrideConfiguration(o -> o.apiCallTimeout(context.timeout()));
    AwsSession.endpoint(config, "aws.guardduty").ifPresent(builder::endpointOverride);
    try (GuardDutyClient gd = builder.build()) {
      return body.run(a, gd);
    } catch (SdkException e) {
      throw AwsSession.failure(what, e);
    }
  }

  @FunctionalInterface
  private interface Call {
    Object run(ArgumentValues args, GuardDutyClient client);
  }
}
