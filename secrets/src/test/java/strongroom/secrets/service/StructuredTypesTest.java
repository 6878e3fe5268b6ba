package strongroom.secrets.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import strongroom.secrets.ConflictException;
import strongroom.secrets.KeyInput;
import strongroom.secrets.NewSecret;
import strongroom.secrets.SecretType;
import strongroom.secrets.SecretUpdate;
import strongroom.secrets.ValidationException;
import strongroom.secrets.testing.Backend;
import strongroom.secrets.testing.Raw;
import strongroom.secrets.validation.TestPems;

@ParameterizedClass
@EnumSource(Backend.class)
class StructuredTypesTest extends StoreTestBase {
  StructuredTypesTest(Backend backend) {
    super(backend);
  }

  private void createTyped(String name, SecretType type, KeyInput... keys) {
    store.secrets().create(WS, new NewSecret(name, null, type, null, null, List.of(keys)), ALICE);
  }

  @Test
  void mtls_storesNormalisedPem() {
    createTyped("client", SecretType.MTLS,
        KeyInput.of("TLS_CERTIFICATE", "\r\n" + TestPems.certificate().replace("\n", "\r\n")),
        KeyInput.of("TLS_PRIVATE_KEY", TestPems.pkcs8Key() + "\n\n"));
    assertEquals(Map.of("TLS_CERTIFICATE", TestPems.certificate(), "TLS_PRIVATE_KEY", TestPems.pkcs8Key()),
        read(WS, "client", "default"));
  }

  @Test
  void caCert_withWrongKeyName_isRejected() {
    ValidationException e = assertThrows(ValidationException.class, () -> createTyped("ca", SecretType.CA_CERT,
        KeyInput.of("CERT", TestPems.certificate())));
    assertEquals("type_keys", e.violations().get(0).rule());
  }

  @Test
  void caCert_badPem_isRejectedAndNothingWritten() {
    ValidationException e = assertThrows(ValidationException.class, () -> createTyped("ca", SecretType.CA_CERT,
        KeyInput.of("CA_CERTIFICATE", "-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----")));
    assertEquals("keys.CA_CERTIFICATE", e.violations().get(0).field());
    assertEquals("pem", e.violations().get(0).rule());
    assertEquals(0, Raw.query(store, "SELECT id FROM secrets").size());
  }

  @Test
  void sshKey_isWriteOnce() {
    createTyped("deploy", SecretType.SSH_KEY, KeyInput.of("PRIVATE_KEY", TestPems.openSshKey()));
    ConflictException e = assertThrows(ConflictException.class, () -> store.secrets().update(WS, "deploy", "default",
        SecretUpdate.keys(List.of(KeyInput.of("PRIVATE_KEY", TestPems.openSshKey())), null), ALICE));
    assertEquals("`ssh_key` secrets are write-once: delete `deploy` and create it again to rotate the key",
        e.getMessage());
    store.secrets().update(WS, "deploy", "default", new SecretUpdate(null, null, "bastion", null, null, null), ALICE);
    assertEquals("bastion", store.secrets().get(WS, "deploy", "default").description());
    store.secrets().delete(WS, "deploy", "default", ALICE);
    createTyped("deploy", SecretType.SSH_KEY, KeyInput.of("PRIVATE_KEY", TestPems.pkcs8Key()));
    assertEquals(1, store.secrets().get(WS, "deploy", "default").currentVersion());
  }

  @Test
  void mtlsUpdate_keepingOneKey_checksTheNewOne() {
    createTyped("client", SecretType.MTLS, KeyInput.of("TLS_CERTIFICATE", TestPems.certificate()),
        KeyInput.of("TLS_PRIVATE_KEY", TestPems.pkcs8Key()));
    assertThrows(ValidationException.class, () -> store.secrets().update(WS, "client", "default",
        SecretUpdate.keys(List.of(KeyInput.of("TLS_CERTIFICATE", ""), KeyInput.of("TLS_PRIVATE_KEY", "junk")), 1),
        ALICE));
    store.secrets().update(WS, "client", "default", SecretUpdate.keys(List.of(KeyInput.of("TLS_CERTIFICATE", ""),
        KeyInput.of("TLS_PRIVATE_KEY", TestPems.rsaTraditionalKey())), 1), ALICE);
    assertEquals(TestPems.rsaTraditionalKey(), read(WS, "client", "default").get("TLS_PRIVATE_KEY"));
  }
}
