package strongroom.server.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;
import strongroom.secrets.testing.Canaries;

/** Argon2id hashes as PHC strings: verify, reject wrong passwords, parse, and match an independent computation. */
class PasswordHasherTest {
  private final PasswordHasher hasher = new PasswordHasher();

  @Test
  void hash_verifiesTheRightPasswordOnly() {
    String password = Canaries.next();
    String phc = hasher.hash(password.toCharArray());
    assertFalse(phc.contains(password));
    assertTrue(hasher.verify(password.toCharArray(), phc));
    assertFalse(hasher.verify((password + "x").toCharArray(), phc));
    assertFalse(hasher.verify("".toCharArray(), phc));
  }

  @Test
  void phcString_hasTheParameters_andParses() {
    String phc = hasher.hash(Canaries.next().toCharArray());
    assertTrue(phc.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), phc);
    PasswordHasher.Parsed parsed = PasswordHasher.parse(phc);
    assertNotNull(parsed);
    assertEquals(19456, parsed.memoryKib());
    assertEquals(2, parsed.iterations());
    assertEquals(1, parsed.parallelism());
    assertEquals(16, parsed.salt().length);
    assertEquals(32, parsed.hash().length);
  }

  @Test
  void hash_isSaltedFreshEachTime() {
    char[] password = Canaries.next().toCharArray();
    assertNotEquals(hasher.hash(password), hasher.hash(password));
  }

  @Test
  void hash_matchesAnIndependentArgon2idComputation() {
    String password = Canaries.next();
    PasswordHasher.Parsed parsed = PasswordHasher.parse(hasher.hash(password.toCharArray()));
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
        .withVersion(Argon2Parameters.ARGON2_VERSION_13).withMemoryAsKB(19456).withIterations(2)
        .withParallelism(1).withSalt(parsed.salt()).build());
    byte[] expected = new byte[32];
    generator.generateBytes(password.getBytes(java.nio.charset.StandardCharsets.UTF_8), expected);
    assertArrayEquals(expected, parsed.hash());
  }

  @Test
  void malformedOrHostileStrings_doNotVerify() {
    char[] password = "whatever-password".toCharArray();
    String salt = Base64.getEncoder().withoutPadding().encodeToString(new byte[16]);
    String hash = Base64.getEncoder().withoutPadding().encodeToString(new byte[32]);
    assertNull(PasswordHasher.parse(null));
    assertNull(PasswordHasher.parse("$argon2i$v=19$m=19456,t=2,p=1$" + salt + "$" + hash));
    assertNull(PasswordHasher.parse("$argon2id$v=16$m=19456,t=2,p=1$" + salt + "$" + hash));
    assertNull(PasswordHasher.parse("$argon2id$v=19$m=99999999,t=2,p=1$" + salt + "$" + hash), "memory bomb");
    assertNull(PasswordHasher.parse("$argon2id$v=19$m=19456,t=0,p=1$" + salt + "$" + hash));
    assertFalse(hasher.verify(password, "plain"));
    assertFalse(hasher.verify(password, "$argon2id$v=19$m=19456,t=2,p=1$" + salt + "$" + hash));
  }
}
