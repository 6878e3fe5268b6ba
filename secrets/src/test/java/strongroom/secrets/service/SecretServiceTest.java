package strongroom.secrets.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import strongroom.secrets.ConflictException;
import strongroom.secrets.ErrorCode;
import strongroom.secrets.KeyInput;
import strongroom.secrets.NewSecret;
import strongroom.secrets.ResolvedSecrets;
import strongroom.secrets.Secret;
import strongroom.secrets.SecretNotFoundException;
import strongroom.secrets.SecretType;
import strongroom.secrets.SecretUpdate;
import strongroom.secrets.SecretVersion;
import strongroom.secrets.ValidationException;
import strongroom.secrets.testing.Backend;
import strongroom.secrets.testing.Canaries;
import strongroom.secrets.testing.Raw;

@ParameterizedClass
@EnumSource(Backend.class)
class SecretServiceTest extends StoreTestBase {
  SecretServiceTest(Backend backend) {
    super(backend);
  }

  @Test
  void create_thenResolve_returnsEveryKey() {
    String apiKey = Canaries.next();
    Secret created = create(WS, "virustotal", null, "VIRUSTOTAL_API_KEY", apiKey);
    assertEquals("default", created.environment());
    assertEquals(1, created.currentVersion());
    assertEquals(List.of("VIRUSTOTAL_API_KEY"), created.keyNames());
    assertEquals(Map.of("VIRUSTOTAL_API_KEY", apiKey), read(WS, "virustotal", "default"));
  }

  @Test
  void create_storesNoPlaintextInAnyColumn() {
    String value = Canaries.next();
    create(WS, "crowdstrike", "tenant_a", "CLIENT_SECRET", value);
    Canaries.assertAbsent("the database", Raw.dump(store));
    assertFalse(store.secrets().get(WS, "crowdstrike", "tenant_a").toString().contains(value));
  }

  @Test
  void create_sameNameOtherEnvironment_isAnotherSecret() {
    String a = Canaries.next();
    String b = Canaries.next();
    create(WS, "crowdstrike", "tenant_a", "K", a);
    create(WS, "crowdstrike", "tenant_b", "K", b);
    assertEquals(Map.of("K", a), read(WS, "crowdstrike", "tenant_a"));
    assertEquals(Map.of("K", b), read(WS, "crowdstrike", "tenant_b"));
    assertEquals(List.of("tenant_a", "tenant_b"), store.secrets().environments(WS));
  }

  @Test
  void create_duplicate_isConflictAndWritesNothing() {
    create(WS, "slack", null, "SLACK_BOT_TOKEN", Canaries.next());
    ConflictException e = assertThrows(ConflictException.class,
        () -> create(WS, "slack", null, "SLACK_BOT_TOKEN", Canaries.next()));
    assertEquals(ErrorCode.CONFLICT, e.code());
    assertEquals(1, Raw.query(store, "SELECT id FROM secrets").size());
  }

  @Test
  void create_invalidInput_namesEveryViolationAndWritesNothing() {
    ValidationException e = assertThrows(ValidationException.class, () -> store.secrets().create(WS,
        new NewSecret("Bad-Name", "Tenant A", SecretType.CUSTOM, null, null,
            List.of(KeyInput.of("1KEY", Canaries.next()), KeyInput.of("OK", ""))), ALICE));
    List<String> fields = e.violations().stream().map(v -> v.field()).toList();
    assertEquals(List.of("name", "environment", "keys[0].key", "keys[1].value"), fields);
    assertEquals(0, Raw.query(store, "SELECT id FROM secrets").size());
  }

  @Test
  void create_unknownWorkspace_isNotFound() {
    assertThrows(SecretNotFoundException.class, () -> store.secrets().create("nope",
        NewSecret.custom("x", null, List.of(KeyInput.of("K", Canaries.next()))), ALICE));
  }

  @Test
  void update_keyWithEmptyValue_keepsStoredValue_andLeftOutKeyIsRemoved() {
    String user = Canaries.next();
    String token = Canaries.next();
    create(WS, "jira", null, "JIRA_USEREMAIL", user, "JIRA_API_TOKEN", token, "OLD", Canaries.next());
    String newToken = Canaries.next();
    Secret updated = store.secrets().update(WS, "jira", "default", SecretUpdate.keys(List.of(
        KeyInput.of("JIRA_USEREMAIL", ""), KeyInput.of("JIRA_API_TOKEN", newToken)), 1), ALICE);
    assertEquals(2, updated.currentVersion());
    assertEquals(List.of("JIRA_API_TOKEN", "JIRA_USEREMAIL"), updated.keyNames());
    assertEquals(Map.of("JIRA_USEREMAIL", user, "JIRA_API_TOKEN", newToken), read(WS, "jira", "default"));
  }

  @Test
  void update_emptyValueForNewKey_isRejected() {
    create(WS, "jira", null, "A", Canaries.next());
    ValidationException e = assertThrows(ValidationException.class, () -> store.secrets().update(WS, "jira",
        "default", SecretUpdate.keys(List.of(KeyInput.of("A", ""), KeyInput.of("B", "")), null), ALICE));
    assertEquals("keys[1].value", e.violations().get(0).field());
    assertEquals(1, store.versions().list(WS, "jira", "default").size());
  }

  @Test
  void update_onlyDescription_keepsVersion() {
    create(WS, "okta", null, "OKTA_API_TOKEN", Canaries.next());
    Secret updated = store.secrets().update(WS, "okta", "default",
        new SecretUpdate(null, null, "prod tenant", Map.of("team", "soc"), null, null), ALICE);
    assertEquals(1, updated.currentVersion());
    assertEquals("prod tenant", updated.description());
    assertEquals(Map.of("team", "soc"), store.secrets().get(WS, "okta", "default").tags());
  }

  @Test
  void update_sameValues_writesNoVersion() {
    String v = Canaries.next();
    create(WS, "okta", null, "OKTA_API_TOKEN", v);
    store.secrets().update(WS, "okta", "default", SecretUpdate.keys(List.of(KeyInput.of("OKTA_API_TOKEN", v)), 1),
        ALICE);
    assertEquals(1, store.versions().list(WS, "okta", "default").size());
  }

  @Test
  void update_staleExpectedVersion_isConflictAndWritesNothing() {
    create(WS, "okta", null, "OKTA_API_TOKEN", Canaries.next());
    store.secrets().update(WS, "okta", "default",
        SecretUpdate.keys(List.of(KeyInput.of("OKTA_API_TOKEN", Canaries.next())), 1), ALICE);
    ConflictException e = assertThrows(ConflictException.class, () -> store.secrets().update(WS, "okta", "default",
        SecretUpdate.keys(List.of(KeyInput.of("OKTA_API_TOKEN", Canaries.next())), 1), ALICE));
    assertEquals(ErrorCode.STALE_VERSION, e.code());
    assertEquals(2, store.versions().list(WS, "okta", "default").size());
  }

  @Test
  void update_newEnvironment_writesNewVersionBoundToIt() {
    String v = Canaries.next();
    create(WS, "aws", null, "AWS_ACCESS_KEY_ID", v);
    Secret moved = store.secrets().update(WS, "aws", "default",
        new SecretUpdate(null, "123456789012", null, null, null, 1), ALICE);
    assertEquals(2, moved.currentVersion());
    assertEquals("123456789012", moved.environment());
    assertEquals(Map.of("AWS_ACCESS_KEY_ID", v), read(WS, "aws", "123456789012"));
    assertThrows(SecretNotFoundException.class, () -> store.secrets().get(WS, "aws", "default"));
    List<SecretVersion> versions = store.versions().list(WS, "aws", "123456789012");
    assertEquals(List.of("default", "123456789012"), versions.stream().map(SecretVersion::environment).toList());
  }

  @Test
  void update_renameOntoExisting_isConflict() {
    create(WS, "a", null, "K", Canaries.next());
    create(WS, "b", null, "K", Canaries.next());
    assertThrows(ConflictException.class, () -> store.secrets().update(WS, "a", "default",
        new SecretUpdate("b", null, null, null, null, null), ALICE));
    assertEquals(1, store.secrets().get(WS, "a", "default").currentVersion());
  }

  @Test
  void update_rename_keepsValuesReadable() {
    String v = Canaries.next();
    create(WS, "old_name", null, "K", v);
    store.secrets().update(WS, "old_name", "default", new SecretUpdate("new_name", null, null, null, null, null),
        ALICE);
    assertEquals(Map.of("K", v), read(WS, "new_name", "default"));
  }

  @Test
  void update_missingSecret_isNotFound() {
    assertThrows(SecretNotFoundException.class, () -> store.secrets().update(WS, "ghost", "default",
        new SecretUpdate(null, null, "x", null, null, null), ALICE));
  }

  @Test
  void versions_listNumberActorAndKeyNames_rollbackWritesNextVersionWithOldContent() {
    String v1 = Canaries.next();
    create(WS, "pagerduty", null, "PAGERDUTY_API_KEY", v1);
    String v2 = Canaries.next();
    store.secrets().update(WS, "pagerduty", "default",
        SecretUpdate.keys(List.of(KeyInput.of("PAGERDUTY_API_KEY", v2), KeyInput.of("EXTRA", Canaries.next())), 1),
        strongroom.secrets.Actor.user("bob"));
    Secret rolled = store.versions().rollback(WS, "pagerduty", "default", 1, 2, ALICE);
    assertEquals(3, rolled.currentVersion());
    assertEquals(List.of("PAGERDUTY_API_KEY"), rolled.keyNames());
    assertEquals(Map.of("PAGERDUTY_API_KEY", v1), read(WS, "pagerduty", "default"));
    List<SecretVersion> versions = store.versions().list(WS, "pagerduty", "default");
    assertEquals(List.of(1, 2, 3), versions.stream().map(SecretVersion::number).toList());
    assertEquals(List.of("user:alice", "user:bob", "user:alice"),
        versions.stream().map(SecretVersion::createdBy).toList());
    assertEquals(List.of("EXTRA", "PAGERDUTY_API_KEY"), versions.get(1).keyNames());
  }

  @Test
  void rollback_unknownVersion_isNotFound_andCurrent_isRejected() {
    create(WS, "p", null, "K", Canaries.next());
    assertThrows(SecretNotFoundException.class, () -> store.versions().rollback(WS, "p", "default", 7, null, ALICE));
    assertThrows(ValidationException.class, () -> store.versions().rollback(WS, "p", "default", 1, null, ALICE));
  }

  @Test
  void delete_hidesFromUseAndLists_restoreBringsBack() {
    String v = Canaries.next();
    create(WS, "urlscan", null, "URLSCAN_API_KEY", v);
    store.secrets().delete(WS, "urlscan", "default", ALICE);
    assertTrue(store.secrets().list(WS, null, null, null, false).isEmpty());
    assertEquals(1, store.secrets().list(WS, null, null, null, true).size());
    assertThrows(strongroom.secrets.MissingSecretsException.class,
        () -> store.resolver().resolve(WS, "default", Set.of("urlscan"), ALICE));
    store.secrets().restore(WS, "urlscan", "default", ALICE);
    assertEquals(Map.of("URLSCAN_API_KEY", v), read(WS, "urlscan", "default"));
  }

  @Test
  void delete_thenCreateSameName_thenRestore_isConflict() {
    create(WS, "k", null, "K", Canaries.next());
    store.secrets().delete(WS, "k", "default", ALICE);
    create(WS, "k", null, "K", Canaries.next());
    assertThrows(ConflictException.class, () -> store.secrets().restore(WS, "k", "default", ALICE));
  }

  @Test
  void purge_destroysEveryVersion_andNeedsDeleteFirst() {
    create(WS, "s1", null, "K", Canaries.next());
    store.secrets().update(WS, "s1", "default", SecretUpdate.keys(List.of(KeyInput.of("K", Canaries.next())), 1),
        ALICE);
    assertThrows(ConflictException.class, () -> store.secrets().purge(WS, "s1", "default", ALICE));
    store.secrets().delete(WS, "s1", "default", ALICE);
    store.secrets().purge(WS, "s1", "default", ALICE);
    assertEquals(0, Raw.query(store, "SELECT secret_id FROM secret_versions").size());
    assertEquals(0, Raw.query(store, "SELECT id FROM secrets").size());
    assertThrows(SecretNotFoundException.class, () -> store.secrets().restore(WS, "s1", "default", ALICE));
  }

  @Test
  void list_filtersByNameEnvironmentAndType() {
    create(WS, "a", "tenant_a", "K", Canaries.next());
    create(WS, "a", "tenant_b", "K", Canaries.next());
    create(WS, "b", "tenant_a", "K", Canaries.next());
    assertEquals(2, store.secrets().list(WS, "a", null, null, false).size());
    assertEquals(2, store.secrets().list(WS, null, "tenant_a", null, false).size());
    assertEquals(3, store.secrets().list(WS, null, null, SecretType.CUSTOM, false).size());
    assertEquals(0, store.secrets().list(WS, null, null, SecretType.MTLS, false).size());
    assertEquals(List.of("a/tenant_a", "a/tenant_b", "b/tenant_a"), store.secrets().list(WS, null, null, null, false)
        .stream().map(s -> s.name() + "/" + s.environment()).toList());
  }

  @Test
  void resolve_exactEnvironmentOnly_missingNamesListedTogether() {
    create(WS, "virustotal", "default", "VIRUSTOTAL_API_KEY", Canaries.next());
    create(WS, "slack", "tenant_a", "SLACK_BOT_TOKEN", Canaries.next());
    strongroom.secrets.MissingSecretsException e = assertThrows(strongroom.secrets.MissingSecretsException.class,
        () -> store.resolver().resolve(WS, "tenant_a", Set.of("virustotal", "slack", "okta"), ALICE));
    assertEquals(List.of("okta", "virustotal"), e.missing());
    assertEquals("secrets `okta`, `virustotal` are missing in environment `tenant_a`", e.getMessage());
  }

  @Test
  void resolve_holderZeroesOnClose_andToStringShowsNamesOnly() {
    String v = Canaries.next();
    create(WS, "virustotal", null, "VIRUSTOTAL_API_KEY", v);
    ResolvedSecrets resolved = store.resolver().resolve(WS, "default", Set.of("virustotal"), ALICE);
    var value = resolved.value("virustotal", "VIRUSTOTAL_API_KEY");
    assertEquals("ResolvedSecrets[environment=default, virustotal[VIRUSTOTAL_API_KEY]]", resolved.toString());
    resolved.close();
    assertTrue(value.isDestroyed());
    assertThrows(IllegalStateException.class, value::reveal);
    assertThrows(IllegalStateException.class, () -> resolved.value("virustotal", "VIRUSTOTAL_API_KEY"));
  }

  @Test
  void resolve_missingKey_namesSecretAndKey() {
    create(WS, "jira", null, "JIRA_USEREMAIL", Canaries.next());
    try (ResolvedSecrets resolved = store.resolver().resolve(WS, "default", Set.of("jira"), ALICE)) {
      strongroom.secrets.MissingSecretsException e = assertThrows(strongroom.secrets.MissingSecretsException.class,
          () -> resolved.value("jira", "JIRA_API_TOKEN"));
      assertEquals(List.of("jira.JIRA_API_TOKEN"), e.missing());
    }
  }

  @Test
  void everyChangeAndRead_isAudited_withoutValues() {
    String v = Canaries.next();
    create(WS, "gh", null, "TOKEN", v);
    store.secrets().update(WS, "gh", "default", SecretUpdate.keys(List.of(KeyInput.of("TOKEN", Canaries.next())), 1),
        ALICE);
    read(WS, "gh", "default");
    assertThrows(strongroom.secrets.MissingSecretsException.class,
        () -> store.resolver().resolve(WS, "default", Set.of("nope"), strongroom.secrets.Actor.run("run-1", "lookup")));
    store.versions().rollback(WS, "gh", "default", 1, null, ALICE);
    store.secrets().delete(WS, "gh", "default", ALICE);
    store.secrets().restore(WS, "gh", "default", ALICE);
    store.secrets().delete(WS, "gh", "default", ALICE);
    store.secrets().purge(WS, "gh", "default", ALICE);
    var events = store.audit().query(strongroom.secrets.audit.AuditQuery.all());
    List<String> actions = events.stream().map(e -> e.action().wireName() + ":" + e.outcome()).toList().reversed();
    assertEquals(List.of("create:SUCCESS", "update:SUCCESS", "resolve:SUCCESS", "resolve:FAILURE",
        "rollback:SUCCESS", "delete:SUCCESS", "restore:SUCCESS", "delete:SUCCESS", "purge:SUCCESS"), actions);
    var failure = events.stream().filter(e -> e.outcome() == strongroom.secrets.audit.AuditEvent.Outcome.FAILURE)
        .findFirst().orElseThrow();
    assertEquals("run:run-1/lookup", failure.actor());
    assertEquals("nope", failure.secretName());
    assertEquals("missing", failure.detail());
    Canaries.assertAbsent("the audit log", events.toString());
  }

  @Test
  void getById_findsLiveAndDeleted_onlyInItsWorkspace() {
    String id = create(WS, "byid", null, "K", Canaries.next()).id();
    assertEquals("byid", store.secrets().getById(WS, id).name());
    store.secrets().delete(WS, "byid", "default", ALICE);
    assertTrue(store.secrets().getById(WS, id).deleted());
    store.workspaces().create("other");
    assertThrows(SecretNotFoundException.class, () -> store.secrets().getById("other", id));
    assertThrows(SecretNotFoundException.class, () -> store.secrets().getById(WS, "no-such-id"));
  }

  @Test
  void reopen_keepsEverythingReadable() {
    String v = Canaries.next();
    create(WS, "persist", "tenant_x", "K", v);
    store = fixture.reopen();
    assertEquals(Map.of("K", v), read(WS, "persist", "tenant_x"));
  }
}
