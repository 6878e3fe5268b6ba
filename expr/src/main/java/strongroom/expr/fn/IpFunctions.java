package strongroom.expr.fn;

import java.util.Arrays;
import strongroom.expr.eval.Args;

/** ipv4_in_subnet, ipv6_in_subnet, ipv4_is_public, ipv6_is_public, check_ip_version. */
final class IpFunctions {
  // Not globally reachable (Python's ipaddress is_global, plus multicast and reserved space).
  private static final String[] V4_NOT_PUBLIC = {
    "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
    "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16",
    "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4"
  };
  private static final String[] V6_NOT_PUBLIC = {
    "::/128", "::1/128", "64:ff9b:1::/48", "100::/64", "2001::/23", "2001:db8::/32",
    "2002::/16", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8"
  };

  private IpFunctions() {}

  static void register(FunctionRegistry.Builder b) {
    b.add("ipv4_in_subnet", 2, 2, a -> inSubnet(a, true));
    b.add("ipv6_in_subnet", 2, 2, a -> inSubnet(a, false));
    b.add("ipv4_is_public", 1, 1, a -> isPublic(ip(a, 0, true)));
    b.add("ipv6_is_public", 1, 1, a -> isPublic(ip(a, 0, false)));
    b.add("check_ip_version", 1, 1, a -> {
      String s = a.str(0).strip();
      if (IpAddress.parse4(s) != null) {
        return 4L;
      }
      if (IpAddress.parse6(s) != null) {
        return 6L;
      }
      throw a.valueError("not an IPv4 or IPv6 address");
    });
  }

  private static byte[] ip(Args a, int i, boolean v4) {
    String s = a.str(i).strip();
    byte[] ip = v4 ? IpAddress.parse4(s) : IpAddress.parse6(s);
    if (ip == null) {
      throw a.valueError("argument " + (i + 1) + " is not an " + (v4 ? "IPv4" : "IPv6")
          + " address");
    }
    return ip;
  }

  // Host bits in the network are ignored (Python's strict=False).
  private static boolean inSubnet(Args a, boolean v4) {
    byte[] ip = ip(a, 0, v4);
    String subnet = a.str(1).strip();
    int slash = subnet.indexOf('/');
    int max = v4 ? 32 : 128;
    int bits = max;
    String base = subnet;
    if (slash >= 0) {
      base = subnet.substring(0, slash);
      String len = subnet.substring(slash + 1);
      if (len.isEmpty() || len.length() > 3 || !len.chars().allMatch(Character::isDigit)
          || Integer.parseInt(len) > max) {
        throw a.valueError("argument 2 is not a valid subnet prefix length");
      }
      bits = Integer.parseInt(len);
    }
    byte[] net = v4 ? IpAddress.parse4(base) : IpAddress.parse6(base);
    if (net == null) {
      throw a.valueError("argument 2 is not an " + (v4 ? "IPv4" : "IPv6") + " network");
    }
    return IpAddress.samePrefix(ip, net, bits);
  }

  static boolean isPublic(byte[] ip) {
    if (ip.length == 4) {
      return !IpAddress.inAny(ip, V4_NOT_PUBLIC);
    }
    // ::ffff:a.b.c.d is judged by its IPv4 address.
    byte[] mapped = IpAddress.parse6("::ffff:0:0");
    if (IpAddress.samePrefix(ip, mapped, 96)) {
      return isPublic(Arrays.copyOfRange(ip, 12, 16));
    }
    return !IpAddress.inAny(ip, V6_NOT_PUBLIC);
  }
}
