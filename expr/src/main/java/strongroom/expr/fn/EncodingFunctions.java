package strongroom.expr.fn;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import strongroom.expr.eval.Args;

/** to_base64, from_base64, to_base64url, from_base64url over the UTF-8 bytes of a str. */
final class EncodingFunctions {
  private EncodingFunctions() {}

  static void register(FunctionRegistry.Builder b) {
    b.add("to_base64", 1, 1, a -> encode(a, Base64.getEncoder()));
    b.add("to_base64url", 1, 1, a -> encode(a, Base64.getUrlEncoder()));
    b.add("from_base64", 1, 1, a -> decode(a, Base64.getMimeDecoder(), false));
    b.add("from_base64url", 1, 1, a -> decode(a, Base64.getUrlDecoder(), true));
  }

  private static Object encode(Args a, Base64.Encoder encoder) {
    String s = a.str(0);
    a.frame().checkLength(s.length() * 2L);
    return encoder.encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  private static Object decode(Args a, Base64.Decoder decoder, boolean url) {
    String s = a.str(0).strip();
    if (url) {
      // base64.urlsafe_b64decode wants padding; accept it missing, as JWTs omit it.
      s = s.replace("=", "");
    } else if (!isBase64(s)) {
      throw a.valueError("invalid base64 text");
    }
    byte[] bytes;
    try {
      bytes = decoder.decode(s);
    } catch (IllegalArgumentException e) {
      throw a.valueError("invalid base64 text");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw a.valueError("decoded bytes are not UTF-8 text");
    }
  }

  // The MIME decoder skips junk silently; Python's b64decode discards only non-alphabet
  // characters too, but we refuse them so that a typo is not mistaken for data.
  private static boolean isBase64(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
          || c == '+' || c == '/' || c == '=' || c == '\n' || c == '\r';
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
