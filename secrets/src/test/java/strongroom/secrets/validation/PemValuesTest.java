package strongroom.secrets.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import strongroom.secrets.SecretType;
import strongroom.secrets.SecretValue;
import strongroom.secrets.Violation;

class PemValuesTest {
  private static List<Violation> check(SecretType type, String key, String text) {
    List<Violation> out = new ArrayList<>();
    PemValues.check(type, "keys." + key, key, SecretValue.of(text), out);
    return out;
  }

  @Test
  void normalise_trimsConvertsLineEndsAndEndsWithOneNewline() {
    assertEquals("-----BEGIN X-----\nabc\n-----END X-----\n",
        PemValues.normalise(SecretValue.of("  \r\n-----BEGIN X-----\r\nabc\r-----END X-----\n\n\n")).reveal());
  }

  @Test
  void certificate_valid_passesAndIsNormalised() {
    List<Violation> out = new ArrayList<>();
    var normal = PemValues.check(SecretType.CA_CERT, "keys.CA_CERTIFICATE", "CA_CERTIFICATE",
        SecretValue.of(TestPems.certificate().replace("\n", "\r\n") + "\r\n\r\n"), out);
    assertTrue(out.isEmpty());
    assertEquals(TestPems.certificate(), normal.orElseThrow().reveal());
  }

  @Test
  void certificate_chainOfTwo_passes() {
    assertTrue(check(SecretType.CA_CERT, "CA_CERTIFICATE", TestPems.certificate() + TestPems.certificate()).isEmpty());
  }

  @Test
  void certificate_garbage_failsWithClearMessage() {
    List<Violation> out = check(SecretType.CA_CERT, "CA_CERTIFICATE", "not a certificate");
    assertEquals("pem", out.get(0).rule());
    assertEquals("CA_CERTIFICATE holds no PEM block (expected -----BEGIN CERTIFICATE-----)", out.get(0).message());
  }

  @Test
  void certificate_truncatedBase64_fails() {
    String cert = TestPems.certificate();
    String broken = cert.substring(0, cert.length() / 2) + "\n-----END CERTIFICATE-----\n";
    assertFalse(check(SecretType.CA_CERT, "CA_CERTIFICATE", broken).isEmpty());
  }

  @Test
  void certificate_privateKeyInsteadOfCertificate_fails() {
    assertEquals("CA_CERTIFICATE must hold only CERTIFICATE blocks",
        check(SecretType.CA_CERT, "CA_CERTIFICATE", TestPems.pkcs8Key()).get(0).message());
  }

  @Test
  void mtlsPrivateKey_pkcs8AndRsaPem_pass() {
    assertTrue(check(SecretType.MTLS, "TLS_PRIVATE_KEY", TestPems.pkcs8Key()).isEmpty());
    assertTrue(check(SecretType.MTLS, "TLS_PRIVATE_KEY", TestPems.rsaTraditionalKey()).isEmpty());
  }

  @Test
  void mtlsPrivateKey_certificate_fails() {
    assertEquals("TLS_PRIVATE_KEY must be a private key",
        check(SecretType.MTLS, "TLS_PRIVATE_KEY", TestPems.certificate()).get(0).message());
  }

  @Test
  void privateKey_encrypted_isRejected() {
    String encrypted = "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n-----END ENCRYPTED PRIVATE KEY-----\n";
    assertEquals("PRIVATE_KEY is encrypted; store an unencrypted key",
        check(SecretType.SSH_KEY, "PRIVATE_KEY", encrypted).get(0).message());
  }

  @Test
  void sshKey_unencryptedOpenSsh_passes() {
    assertTrue(check(SecretType.SSH_KEY, "PRIVATE_KEY", TestPems.openSshKey()).isEmpty());
  }

  @Test
  void sshKey_passphraseOpenSsh_isRejected() {
    assertEquals("PRIVATE_KEY is encrypted with a passphrase; store an unencrypted key",
        check(SecretType.SSH_KEY, "PRIVATE_KEY", TestPems.encryptedOpenSshKey()).get(0).message());
  }

  @Test
  void sshKey_pemKey_passes_andOpenSshForMtls_isRejected() {
    assertTrue(check(SecretType.SSH_KEY, "PRIVATE_KEY", TestPems.pkcs8Key()).isEmpty());
    assertEquals("TLS_PRIVATE_KEY must be a PEM private key, not an OpenSSH one",
        check(SecretType.MTLS, "TLS_PRIVATE_KEY", TestPems.openSshKey()).get(0).message());
  }

  @Test
  void sshKey_truncatedOpenSsh_isRejected() {
    String key = TestPems.openSshKey();
    String truncated = key.substring(0, 120) + "\n-----END OPENSSH PRIVATE KEY-----\n";
    assertFalse(check(SecretType.SSH_KEY, "PRIVATE_KEY", truncated).isEmpty());
  }
}
