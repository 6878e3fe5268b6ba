package strongroom.secrets.crypto;

/** The stored form of one secret version: the encrypted key map, its wrapped data key and the wrapping term. */
public record SealedVersion(byte[] ciphertext, byte[] wrappedKey, int keyTerm) {
  @Override
  public String toString() {
    return "SealedVersion[term=" + keyTerm + ", " + ciphertext.length + " bytes]";
  }
}
