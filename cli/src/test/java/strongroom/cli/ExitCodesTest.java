package strongroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import strongroom.secrets.ConflictException;
import strongroom.secrets.CorruptedSecretException;
import strongroom.secrets.KeyringException;
import strongroom.secrets.MissingSecretsException;
import strongroom.secrets.RootKeyException;
import strongroom.secrets.SecretNotFoundException;
import strongroom.secrets.StorageException;
import strongroom.secrets.ValidationException;

class ExitCodesTest {
  private final ExitCodes codes = new ExitCodes();

  @Test
  void everyErrorCode_hasItsDocumentedExitCode() {
    assertEquals(2, codes.getExitCode(ValidationException.of("name", "pattern", "bad")));
    assertEquals(3, codes.getExitCode(SecretNotFoundException.secret("a", "default")));
    assertEquals(4, codes.getExitCode(ConflictException.duplicate("a", "default")));
    assertEquals(4, codes.getExitCode(ConflictException.staleVersion("a", "default", 1, 2)));
    assertEquals(5, codes.getExitCode(new MissingSecretsException("default", List.of("a"))));
    assertEquals(6, codes.getExitCode(new CorruptedSecretException("a", "default", 1, "bad tag")));
    assertEquals(7, codes.getExitCode(new RootKeyException("no key")));
    assertEquals(7, codes.getExitCode(new KeyringException("refused")));
    assertEquals(8, codes.getExitCode(new StorageException("down", null)));
    assertEquals(1, codes.getExitCode(new IllegalStateException("boom")));
    assertEquals(2, codes.getExitCode(new CliException(ExitCodes.USAGE, "x")));
  }
}
