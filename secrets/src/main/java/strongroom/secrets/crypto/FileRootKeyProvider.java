package strongroom.secrets.crypto;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import strongroom.secrets.RootKeyException;

/** The root key in a file readable by its owner only ({@code <data-dir>/root.key} by default). */
public final class FileRootKeyProvider implements RootKeyProvider {
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

  private final Path path;
  private final Path stagedPath;

  public FileRootKeyProvider(Path path) {
    this.path = path.toAbsolutePath();
    this.stagedPath = this.path.resolveSibling(this.path.getFileName() + ".next");
  }

  public Path path() {
    return path;
  }

  @Override
  public String describe() {
    return "key file " + path;
  }

  @Override
  public Optional<RootKey> current() {
    return read(path);
  }

  @Override
  public Optional<RootKey> staged() {
    return read(stagedPath);
  }

  @Override
  public RootKey create() {
    RootKey key = RootKey.generate();
    try {
      write(path, key);
    } catch (FileAlreadyExistsException e) {
      throw new RootKeyException("refusing to overwrite the existing " + describe());
    }
    return key;
  }

  @Override
  public void stage(RootKey next) {
    try {
      Files.deleteIfExists(stagedPath);
      write(stagedPath, next);
    } catch (IOException e) {
      throw new RootKeyException("cannot write the new root key to " + stagedPath, e);
    }
  }

  @Override
  public void promoteStaged() {
    try {
      Files.move(stagedPath, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      fsyncDirectory();
    } catch (IOException e) {
      throw new RootKeyException("cannot replace " + path + " with " + stagedPath
          + "; move it by hand: the keyring is sealed by the new key", e);
    }
  }

  @Override
  public void discardStaged() {
    try {
      Files.deleteIfExists(stagedPath);
    } catch (IOException e) {
      throw new RootKeyException("cannot remove " + stagedPath, e);
    }
  }

  private Optional<RootKey> read(Path file) {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(RootKey.parse(Files.readString(file, StandardCharsets.US_ASCII), "key file " + file));
    } catch (AccessDeniedException e) {
      throw new RootKeyException("cannot read key file " + file + ": permission denied");
    } catch (IOException e) {
      throw new RootKeyException("cannot read key file " + file, e);
    }
  }

  private void write(Path file, RootKey key) throws FileAlreadyExistsException {
    try {
      Files.createDirectories(file.getParent());
      try (FileChannel channel = FileChannel.open(file,
          Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
          PosixFilePermissions.asFileAttribute(OWNER_ONLY))) {
        channel.write(java.nio.ByteBuffer.wrap(key.encode()));
        channel.force(true);
      }
      fsyncDirectory();
    } catch (FileAlreadyExistsException e) {
      throw e;
    } catch (IOException e) {
      throw new RootKeyException("cannot write key file " + file, e);
    }
  }

  private void fsyncDirectory() throws IOException {
    try (FileChannel dir = FileChannel.open(path.getParent(), StandardOpenOption.READ)) {
      dir.force(true);
    }
  }
}
