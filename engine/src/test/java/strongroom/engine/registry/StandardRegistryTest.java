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
        "tools.aws_guardduty.get_findings", "tools.aws_guardduty.list_findings",
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
