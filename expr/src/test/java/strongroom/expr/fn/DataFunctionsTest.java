package strongroom.expr.fn;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import strongroom.expr.ExprTesting;

class DataFunctionsTest {
  static final String CASES = """
      FN.serialize_json({'a': [1, 2.0, None, True], 'b': 'é"'}) ==> '{"a": [1, 2.0, null, true], "b": "\\\\u00e9\\\\""}'
      FN.serialize_json([]) ==> '[]'
      FN.serialize_json(1e16) ==> '1e+16'
      FN.serialize_json(float('nan')) ==> 'NaN'
      FN.serialize_json(FN.to_datetime('2024-01-02')) ==> '"2024-01-02T00:00:00+00:00"'
      FN.prettify_json({'a': [1, {}]}) ==> '{\\n  "a": [\\n    1,\\n    {}\\n  ]\\n}'
      FN.prettify_json([1], 0) ==> '[\\n1\\n]'
      FN.deserialize_json('{"a": [1, 2.5, null, true, "x"]}') ==> {'a': [1, 2.5, None, True, 'x']}
      FN.deserialize_json('{"a": 1, "a": 2}') ==> {'a': 2}
      FN.deserialize_json('NaN') ==> nan
      FN.deserialize_json('[1] x') ==> !VALUE
      FN.deserialize_json('{bad') ==> !VALUE
      FN.deserialize_json('123456789012345678901234567890') ==> !OVERFLOW
      FN.deserialize_json('[' * 300 + ']' * 300) ==> !VALUE
      FN.deserialize_json(1) ==> !TYPE
      FN.is_json('{"a": 1}') ==> True
      FN.is_json('{a: 1}') ==> False
      FN.is_json(5) ==> False
      FN.deserialize_ndjson('{"a": 1}\\n\\n[2]\\n') ==> [{'a': 1}, [2]]
      FN.deserialize_ndjson('{"a": 1}\\nnope') ==> !VALUE
      FN.serialize_yaml({'a': [1, 'x'], 'b': None}) ==> 'a:\\n- 1\\n- x\\nb: null\\n'
      FN.deserialize_yaml('a: [1, 2.5]\\nb: {c: yes}\\nd: ~\\n') ==> {'a': [1, 2.5], 'b': {'c': True}, 'd': None}
      FN.deserialize_yaml('1: one') ==> {'1': 'one'}
      FN.deserialize_yaml('t: 2024-01-02T03:04:05Z') ==> {'t': datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)}
      FN.deserialize_yaml('!!python/object:os.system x') ==> !VALUE
      FN.deserialize_yaml('a: !!java.io.File x') ==> !VALUE
      FN.deserialize_yaml('a: [1') ==> !VALUE
      FN.deserialize_yaml('a: &a [1, 2]\\nb: *a') ==> {'a': [1, 2], 'b': [1, 2]}
      FN.parse_csv('name,age\\nada,36\\n\\n"b, c","say ""hi""\"\\nshort') ==> [{'name': 'ada', 'age': '36'}, {'name': 'b, c', 'age': 'say "hi"'}, {'name': 'short', 'age': None}]
      FN.parse_csv('a;b\\r\\n1;2', ';') ==> [{'a': '1', 'b': '2'}]
      FN.parse_csv('') ==> []
      FN.parse_csv('a\\n1,2') ==> !VALUE
      FN.parse_csv('a\\n"open') ==> !VALUE
      FN.to_base64('hello é') ==> 'aGVsbG8gw6k='
      FN.from_base64('aGVsbG8gw6k=') ==> 'hello é'
      FN.from_base64('***') ==> !VALUE
      FN.from_base64('/w==') ==> !VALUE
      FN.to_base64url('>>>???') ==> 'Pj4-Pz8_'
      FN.from_base64url('Pj4-Pz8_') ==> '>>>???'
      FN.from_base64url('aGk') ==> 'hi'
      FN.to_base64(1) ==> !TYPE
      FN.hash_md5('abc') ==> '900150983cd24fb0d6963f7d28e17f72'
      FN.hash_sha1('abc') ==> 'a9993e364706816aba3e25717850c26c9cd0d89d'
      FN.hash_sha256('abc') ==> 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
      FN.hash_sha512('') ==> 'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e'
      FN.hash_sha256(None) ==> !TYPE
      """;

  static Stream<Arguments> cases() {
    return ExprTesting.table(CASES);
  }

  @ParameterizedTest(name = "{0} ==> {1}")
  @MethodSource("cases")
  void dataFunction_behavesLikePython(String expr, String expected) {
    FunctionCases.check(expr, expected);
  }
}
