package strongroom.expr.fn;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import strongroom.expr.ExprTesting;

class CollectionFunctionsTest {
  static final String CASES = """
      FN.compact([1, None, '', 0, False, []]) ==> [1, 0, False, []]
      FN.drop_nulls([1, None, '', None]) ==> [1, '']
      FN.compact('x') ==> !TYPE
      FN.contains([1, 2], 2.0) ==> True
      FN.contains('haystack', 'st') ==> True
      FN.contains({'k': 1}, 'k') ==> True
      FN.contains(1, 1) ==> !TYPE
      FN.does_not_contain([1, 2], 3) ==> True
      FN.contains_any_of([1, 2, 3], [9, 3]) ==> True
      FN.contains_any_of([1, 2, 3], []) ==> False
      FN.contains_none_of([1, 2, 3], [7, 8]) ==> True
      FN.contains_none_of('abc', ['c']) ==> False
      FN.is_in(2, [1, 2]) ==> True
      FN.not_in('z', 'abc') ==> True
      FN.is_empty([]) ==> True
      FN.is_empty('') ==> True
      FN.is_empty({}) ==> True
      FN.is_empty(None) ==> True
      FN.is_empty([0]) ==> False
      FN.not_empty('a') ==> True
      FN.is_empty(0) ==> !TYPE
      FN.length([1, 2, 3]) ==> 3
      FN.length('héllo') ==> 5
      FN.length({'a': 1}) ==> 1
      FN.length(None) ==> 0
      FN.length(5) ==> !TYPE
      FN.at([1, 2, 3], 0) ==> 1
      FN.at([1, 2, 3], -1) ==> 3
      FN.at([1, 2, 3], 3) ==> !VALUE
      FN.at([1], 'a') ==> !TYPE
      FN.flatten([1, [2, [3, [4]]], []]) ==> [1, 2, 3, 4]
      FN.flatten([]) ==> []
      FN.zip([1, 2, 3], ['a', 'b']) ==> [[1, 'a'], [2, 'b']]
      FN.zip([1]) ==> [[1]]
      FN.zip([1], 2) ==> !TYPE
      FN.range(3) ==> [0, 1, 2]
      FN.range(2, 5) ==> [2, 3, 4]
      FN.range(10, 0, -3) ==> [10, 7, 4, 1]
      FN.range(0) ==> []
      FN.range(5, 1) ==> []
      FN.range(1, 2, 0) ==> !VALUE
      FN.range(1.5) ==> !TYPE
      FN.range(100001) ==> !LIMIT
      FN.length(FN.range(100000)) ==> 100000
      FN.range(-9223372036854775807, 9223372036854775807) ==> !LIMIT
      FN.unique([1, 2, 1, 1.0, 'a', 'a', [1], [1]]) ==> [1, 2, 'a', [1]]
      FN.union([1, 2], [2, 3], [4]) ==> [1, 2, 3, 4]
      FN.intersection([1, 2, 3], [3, 2, 9]) ==> [2, 3]
      FN.difference([1, 2, 3, 2], [2]) ==> [1, 3]
      FN.symmetric_difference([1, 2, 3], [3, 4]) ==> [1, 2, 4]
      FN.unique({'a': 1}) ==> !TYPE
      FN.lookup({'a': 1}, 'a') ==> 1
      FN.lookup({'a': 1}, 'b') ==> None
      FN.lookup({'a': 1}, 'b', 'dflt') ==> 'dflt'
      FN.lookup([10, 20], -1) ==> 20
      FN.lookup([10, 20], 5) ==> None
      FN.lookup({'a': 1}, 1) ==> !TYPE
      FN.lookup('s', 1) ==> !TYPE
      FN.merge({'a': 1, 'b': 1}, {'b': 2}) ==> {'a': 1, 'b': 2}
      FN.merge([{'a': 1}, {'c': 3}]) ==> {'a': 1, 'c': 3}
      FN.merge([{'a': 1}, 2]) ==> !VALUE
      FN.to_keys({'a': 1, 'b': 2}) ==> ['a', 'b']
      FN.to_values({'a': 1, 'b': [2]}) ==> [1, [2]]
      FN.to_keys([1]) ==> !TYPE
      FN.zip_map(['a', 'b'], [1, 2, 3]) ==> {'a': 1, 'b': 2}
      FN.zip_map([1], [2]) ==> !VALUE
      FN.flatten_dict({'a': {'b': 1, 'c': [2, {'d': 3}]}, 'e': {}}) ==> {'a.b': 1, 'a.c.0': 2, 'a.c.1.d': 3, 'e': {}}
      FN.flatten_dict({'a': {'b': {'c': 1}}}, 1) ==> {'a': {'b': {'c': 1}}}
      FN.flatten_dict({'a': {'b': {'c': 1}}}, 2) ==> {'a.b': {'c': 1}}
      FN.flatten_dict({}) ==> {}
      FN.flatten_dict('x') ==> !TYPE
      """;

  static Stream<Arguments> cases() {
    return ExprTesting.table(CASES);
  }

  @ParameterizedTest(name = "{0} ==> {1}")
  @MethodSource("cases")
  void collectionFunction_behavesLikePython(String expr, String expected) {
    FunctionCases.check(expr, expected);
  }
}
