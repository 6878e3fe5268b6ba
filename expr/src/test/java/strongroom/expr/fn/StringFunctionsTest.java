package strongroom.expr.fn;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import strongroom.expr.ExprTesting;

class StringFunctionsTest {
  static final String CASES = """
      FN.concat('a', 'b', 'c') ==> 'abc'
      FN.concat('a') ==> 'a'
      FN.concat('a', 1) ==> !TYPE
      FN.format('{} has {} items', 'x', 3) ==> 'x has 3 items'
      FN.format('{1}-{0}', 'a', 'b') ==> 'b-a'
      FN.format('{{literal}} {}', None) ==> '{literal} None'
      FN.format('{} {}', 'only one') ==> !VALUE
      FN.format('{name}', 1) ==> !VALUE
      FN.format('{} {0}', 1) ==> !VALUE
      FN.format('oops }', 1) ==> !VALUE
      FN.join(['a', 'b'], ', ') ==> 'a, b'
      FN.join([], ',') ==> ''
      FN.join(['a', 1], ',') ==> !VALUE
      FN.join('ab', ',') ==> !TYPE
      FN.lowercase('MiXeD') ==> 'mixed'
      FN.uppercase('MiXeD ß') ==> 'MIXED SS'
      FN.lowercase(1) ==> !TYPE
      FN.capitalize('hELLO world') ==> 'Hello world'
      FN.capitalize('') ==> ''
      FN.titleize('hello wORLD-foo bar_baz') ==> 'Hello World-Foo Bar_Baz'
      FN.titleize("they're") ==> "They'Re"
      FN.prefix('name', 'my_') ==> 'my_name'
      FN.prefix(['a', 'b'], 'x-') ==> ['x-a', 'x-b']
      FN.suffix('name', '.txt') ==> 'name.txt'
      FN.suffix(['a'], '!') ==> ['a!']
      FN.prefix(1, 'x') ==> !TYPE
      FN.prefix([1], 'x') ==> !TYPE
      FN.replace('a-b-c', '-', '_') ==> 'a_b_c'
      FN.replace('abc', '', '.') ==> '.a.b.c.'
      FN.replace('abc', 'x', 'y') ==> 'abc'
      FN.replace(FN.concat('a', 'a', 'a', 'a', 'a', 'a', 'a', 'a'), 'a', FN.format('{}', 'b' * 2000000)) ==> !LIMIT
      FN.slice('abcdef', 1, 3) ==> 'bcd'
      FN.slice('abcdef', -2) ==> 'ef'
      FN.slice('abc', 5, 2) ==> ''
      FN.slice([1, 2, 3, 4], 1, 2) ==> [2, 3]
      FN.slice('héllo', 1, 1) ==> 'é'
      FN.slice('abc', 0, -1) ==> !VALUE
      FN.slice(1, 0) ==> !TYPE
      FN.slugify('Hello, World! Ça va?') ==> 'hello-world-ca-va'
      FN.slugify('  --Already-slugged__ ') ==> 'already-slugged'
      FN.slugify('') ==> ''
      FN.split('a,b,,c', ',') ==> ['a', 'b', '', 'c']
      FN.split('  a  b c ') ==> ['a', 'b', 'c']
      FN.split('a,b,c', ',', 1) ==> ['a', 'b,c']
      FN.split('a b c', None, 1) ==> ['a', 'b c']
      FN.split('', ',') ==> ['']
      FN.split('abc', '') ==> !VALUE
      FN.startswith('prefix-rest', 'prefix') ==> True
      FN.startswith('abc', 'b') ==> False
      FN.endswith('file.json', '.json') ==> True
      FN.endswith('file.json', 1) ==> !TYPE
      FN.strip('  pad  ') ==> 'pad'
      FN.strip('xxpadxx', 'x') ==> 'pad'
      FN.strip('\\t\\n pad\\n') ==> 'pad'
      FN.url_encode('a b&c=d/é') ==> 'a%20b%26c%3Dd/%C3%A9'
      FN.url_encode('a/b', '') ==> 'a%2Fb'
      FN.url_decode('a%20b%26c%3Dd%2F%C3%A9+x') ==> 'a b&c=d/é+x'
      FN.url_decode('100%') ==> '100%'
      FN.url_decode('%zz') ==> '%zz'
      FN.regex_extract('id=(\\d+)', 'x id=42 y') ==> '42'
      FN.regex_extract('\\d+', 'abc 123 456') ==> '123'
      FN.regex_extract('\\d+', 'none') ==> None
      FN.regex_extract('(', 'x') ==> !VALUE
      FN.regex_extract('(a+)+$', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab') ==> None
      FN.regex_match('^[a-z]+$', 'abc') ==> True
      FN.regex_match('b', 'abc') ==> False
      FN.regex_match('a', 'abc') ==> True
      FN.regex_not_match('\\d', 'abc') ==> True
      FN.regex_not_match('a', 'abc') ==> False
      FN.regex_match('(?P<n>x)', 'x') ==> True
      FN.regex_match('(?<=a)b', 'ab') ==> !VALUE
      FN.regex_match(1, 'a') ==> !TYPE
      FN.lowercase.map(['A', 'B']) ==> ['a', 'b']
      FN.prefix.map(['a', 'b'], 'x') ==> ['xa', 'xb']
      """;

  static Stream<Arguments> cases() {
    return ExprTesting.table(CASES);
  }

  @ParameterizedTest(name = "{0} ==> {1}")
  @MethodSource("cases")
  void stringFunction_behavesLikePython(String expr, String expected) {
    FunctionCases.check(expr, expected);
  }
}
