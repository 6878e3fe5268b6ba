package strongroom.engine.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The declared-secret rules, the aws case in particular. */
class RegistrySecretTest {
  private static final RegistrySecret AWS = StandardRegistry.create(RegistryConfig.defaults())
      .find("tools.aws_guardduty.list_findings").orElseThrow().secrets().get(0);

  @Test
  void aws_declaresEveryKeyOptional_butIsNotOptional() {
    assertEquals("aws", AWS.name());
    assertTrue(AWS.keys().isEmpty());
    assertEquals(7, AWS.optionalKeys().size());
    assertTrue(!AWS.optional());
  }

  @Test
  void aws_noKeyPresent_isAClearProblem() {
    List<String> problems = AWS.problems("tenant_a", Set.of());
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).startsWith("secret `aws` in `tenant_a` needs at least one of"),
        problems.get(0));
  }

  @Test
  void aws_anyOneKeyPresent_satisfiesTheRule() {
    for (String key : AWS.optionalKeys()) {
      assertEquals(List.of(), AWS.problems("tenant_a", Set.of(key)), key);
    }
  }

  @Test
  void requiredKeys_eachMissingOneNamed() {
    RegistrySecret jira = RegistrySecret.of("jira", "JIRA_USEREMAIL", "JIRA_API_TOKEN");
    assertEquals(List.of("secret `jira` in `default` lacks key `JIRA_API_TOKEN`"),
        jira.problems("default", Set.of("JIRA_USEREMAIL")));
  }
}
