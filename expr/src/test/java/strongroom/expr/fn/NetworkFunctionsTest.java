package strongroom.expr.fn;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import strongroom.expr.ExprTesting;

class NetworkFunctionsTest {
  static final String CASES = """
      FN.ipv4_in_subnet('10.1.2.3', '10.0.0.0/8') ==> True
      FN.ipv4_in_subnet('11.1.2.3', '10.0.0.0/8') ==> False
      FN.ipv4_in_subnet('10.1.2.3', '10.1.2.3') ==> True
      FN.ipv4_in_subnet('10.1.2.3', '10.1.2.0/24') ==> True
      FN.ipv4_in_subnet('1.2.3.4', '0.0.0.0/0') ==> True
      FN.ipv4_in_subnet('10.1.2.300', '10.0.0.0/8') ==> !VALUE
      FN.ipv4_in_subnet('010.1.2.3', '10.0.0.0/8') ==> !VALUE
      FN.ipv4_in_subnet('10.1.2.3', '10.0.0.0/33') ==> !VALUE
      FN.ipv4_in_subnet('example.com', '10.0.0.0/8') ==> !VALUE
      FN.ipv6_in_subnet('2001:db8::1', '2001:db8::/32') ==> True
      FN.ipv6_in_subnet('2001:db9::1', '2001:db8::/32') ==> False
      FN.ipv6_in_subnet('::ffff:1.2.3.4', '::ffff:0:0/96') ==> True
      FN.ipv6_in_subnet('1.2.3.4', '::/0') ==> !VALUE
      FN.ipv4_is_public('8.8.8.8') ==> True
      FN.ipv4_is_public('10.0.0.1') ==> False
      FN.ipv4_is_public('192.168.1.1') ==> False
      FN.ipv4_is_public('127.0.0.1') ==> False
      FN.ipv4_is_public('100.64.0.1') ==> False
      FN.ipv4_is_public('172.32.0.1') ==> True
      FN.ipv4_is_public('not an ip') ==> !VALUE
      FN.ipv6_is_public('2606:4700:4700::1111') ==> True
      FN.ipv6_is_public('::1') ==> False
      FN.ipv6_is_public('fe80::1') ==> False
      FN.ipv6_is_public('fd00::1') ==> False
      FN.ipv6_is_public('::ffff:10.0.0.1') ==> False
      FN.ipv6_is_public('1:2:3:4:5:6:7:8:9') ==> !VALUE
      FN.check_ip_version('1.2.3.4') ==> 4
      FN.check_ip_version('::') ==> 6
      FN.check_ip_version('1::2:3:4:5:6:7') ==> 6
      FN.check_ip_version('1:2:3:4:5:6:1.2.3.4') ==> 6
      FN.check_ip_version('12345::') ==> !VALUE
      FN.check_ip_version('1:::2') ==> !VALUE
      FN.check_ip_version('localhost') ==> !VALUE
      FN.extract_ipv4('from 1.2.3.4 and 10.0.0.256, again 1.2.3.4; 8.8.8.8.') ==> ['1.2.3.4', '8.8.8.8']
      FN.extract_ipv4(['a 1.1.1.1', 'b 2.2.2.2']) ==> ['1.1.1.1', '2.2.2.2']
      FN.extract_ipv4(1) ==> !TYPE
      FN.extract_ipv6('hosts fe80::1 and 2001:db8:0:0:0:0:2:1, not 12:30:45 or aa:bb:cc:dd:ee:ff') ==> ['fe80::1', '2001:db8:0:0:0:0:2:1']
      FN.extract_urls('see https://ex.com/a?b=1, and http://x.org/p). ftp://f.net/x') ==> ['https://ex.com/a?b=1', 'http://x.org/p', 'ftp://f.net/x']
      FN.extract_urls('none here') ==> []
      FN.extract_emails('mail ada@example.com or bob.smith+tag@sub.example.org.') ==> ['ada@example.com', 'bob.smith+tag@sub.example.org']
      FN.extract_domains('visit Example.COM and sub.example.org, 1.2.3.4 is not one') ==> ['example.com', 'sub.example.org']
      FN.extract_cves('cve-2021-44228 and CVE-2014-0160, CVE-99-1') ==> ['CVE-2021-44228', 'CVE-2014-0160']
      FN.extract_md5('h=900150983CD24FB0D6963F7D28E17F72 x') ==> ['900150983cd24fb0d6963f7d28e17f72']
      FN.extract_sha1('a9993e364706816aba3e25717850c26c9cd0d89d') ==> ['a9993e364706816aba3e25717850c26c9cd0d89d']
      FN.extract_sha256('x ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad y') ==> ['ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad']
      FN.extract_md5('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad') ==> []
      """;

  static Stream<Arguments> cases() {
    return ExprTesting.table(CASES);
  }

  @ParameterizedTest(name = "{0} ==> {1}")
  @MethodSource("cases")
  void networkFunction_behavesLikePython(String expr, String expected) {
    FunctionCases.check(expr, expected);
  }
}
