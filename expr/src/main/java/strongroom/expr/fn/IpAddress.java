package strongroom.expr.fn;

import java.util.List;

/**
 * IPv4 and IPv6 literals parsed by hand into bytes. Never a DNS lookup: InetAddress.getByName
 * would resolve host names, which is host access.
 */
final class IpAddress {
  private IpAddress() {}

  /** Four bytes of a dotted-quad, or null. Leading zeros are refused, as Python 3.9.5+ does. */
  static byte[] parse4(String s) {
    String[] parts = s.split("\\.", -1);
    if (parts.length != 4) {
      return null;
    }
    byte[] out = new byte[4];
    for (int i = 0; i < 4; i++) {
      String p = parts[i];
      if (p.isEmpty() || p.length() > 3 || p.length() > 1 && p.charAt(0) == '0') {
        return null;
      }
      int v = 0;
      for (int k = 0; k < p.length(); k++) {
        char c = p.charAt(k);
        if (c < '0' || c > '9') {
          return null;
        }
        v = v * 10 + (c - '0');
      }
      if (v > 255) {
        return null;
      }
      out[i] = (byte) v;
    }
    return out;
  }

  /** Sixteen bytes of an IPv6 literal ({@code ::} and a trailing dotted quad allowed), or null. */
  static byte[] parse6(String s) {
    if (s.isEmpty() || s.length() > 45 || s.indexOf('%') >= 0) {
      return null;
    }
    int gap = s.indexOf("::");
    if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
      return null;
    }
    String head = gap >= 0 ? s.substring(0, gap) : s;
    String tail = gap >= 0 ? s.substring(gap + 2) : "";
    int[] h = groups(head, gap < 0 || tail.isEmpty());
    int[] t = gap >= 0 ? groups(tail, true) : new int[0];
    if (h == null || t == null) {
      return null;
    }
    int total = h.length + t.length;
    if (gap < 0 ? total != 8 : total > 7) {
      return null;
    }
    int[] all = new int[8];
    System.arraycopy(h, 0, all, 0, h.length);
    System.arraycopy(t, 0, all, 8 - t.length, t.length);
    byte[] out = new byte[16];
    for (int i = 0; i < 8; i++) {
      out[2 * i] = (byte) (all[i] >> 8);
      out[2 * i + 1] = (byte) all[i];
    }
    return out;
  }

  // 16-bit groups of one side of "::"; the last group of the address may be a dotted quad.
  private static int[] groups(String s, boolean last) {
    if (s.isEmpty()) {
      return new int[0];
    }
    String[] parts = s.split(":", -1);
    List<Integer> out = new java.util.ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      if (last && i == parts.length - 1 && p.indexOf('.') >= 0) {
        byte[] v4 = parse4(p);
        if (v4 == null) {
          return null;
        }
        out.add((v4[0] & 0xff) << 8 | v4[1] & 0xff);
        out.add((v4[2] & 0xff) << 8 | v4[3] & 0xff);
        continue;
      }
      if (p.isEmpty() || p.length() > 4) {
        return null;
      }
      int v = 0;
      for (int k = 0; k < p.length(); k++) {
        int d = Character.digit(p.charAt(k), 16);
        if (d < 0 || p.charAt(k) > 'f') {
          return null;
        }
        v = v * 16 + d;
      }
      out.add(v);
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** True when the first {@code bits} bits of {@code a} and {@code b} agree. */
  static boolean samePrefix(byte[] a, byte[] b, int bits) {
    for (int i = 0; i < bits; i++) {
      int mask = 0x80 >> (i % 8);
      if ((a[i / 8] & mask) != (b[i / 8] & mask)) {
        return false;
      }
    }
    return true;
  }

  /** True when {@code ip} lies in one of {@code cidrs} (all of its own family). */
  static boolean inAny(byte[] ip, String... cidrs) {
    for (String cidr : cidrs) {
      int slash = cidr.indexOf('/');
      String base = cidr.substring(0, slash);
      byte[] net = ip.length == 4 ? parse4(base) : parse6(base);
      if (samePrefix(ip, net, Integer.parseInt(cidr.substring(slash + 1)))) {
        return true;
      }
    }
    return false;
  }
}
