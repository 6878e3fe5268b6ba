package strongroom.engine.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import strongroom.engine.registry.template.IntegrationCatalog;

class StandardRegistryTest {
  @Test
  void create_holdsCoreActionsIntegrationsAndAws() {
    List<String> names = StandardRegistry.create(RegistryConfig.defaults()).all().stream()
        .map(ActionSpec::name).toList();
    assertEquals(List.of("core.http_request", "core.transform.filter", "core.transform.reshape",
        "tools.abuseipdb.check_ip", "tools.abuseipdb.report_ip",
        "tools.aws_guardduty.get_findings", "tools.aws_guardduty.list_findings",
        "tools.crowdstrike.contain_host", "tools.crowdstrike.list_detections",
        "tools.jira.add_comment", "tools.jira.create_issue",
        "tools.microsoft_graph.list_users", "tools.microsoft_graph.revoke_sessions",
        "tools.okta.get_user", "tools.okta.suspend_user", "tools.okta.unsuspend_user",
        "tools.pagerduty.create_incident", "tools.pagerduty.resolve_incident",
        "tools.sentinel_one.list_threats",
        "tools.slack.lookup_user_by_email", "tools.slack.post_message",
        "tools.splunk.search", "tools.splunk.send_event",
        "tools.urlscan.get_result", "tools.urlscan.search", "tools.urlscan.submit_url",
        "tools.virustotal.lookup_file_hash", "tools.virustotal.lookup_ip_address",
        "tools.virustotal.lookup_url"), names);
  }

  @Test
  void builder_acceptsTheRunnersOwnActions() {
    Registry r = StandardRegistry.builder(RegistryConfig.defaults())
        .add(new ActionSpec("core.workflow.execute", "Run a child.", List.of(), List.of(),
            c -> null)).build();
    assertTrue(r.find("core.workflow.execute").isPresent());
  }

  @Test
  void catalog_listsEveryShippedFile() {
    assertTrue(IntegrationCatalog.files(getClass().getClassLoader())
        .contains("strongroom/integrations/virustotal.yaml"));
  }

  @Test
  void everyAction_hasDescriptionAndDescribedArguments() {
    for (ActionSpec spec : StandardRegistry.create(RegistryConfig.defaults()).all()) {
      assertTrue(!spec.description().isBlank(), spec.name());
      spec.arguments().forEach(a -> assertTrue(a.description() != null
          && !a.description().isBlank(), spec.name() + "." + a.name()));
    }
  }
}
