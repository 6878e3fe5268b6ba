package strongroom.expr.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static strongroom.expr.ExprTesting.CANARY;
import static strongroom.expr.ExprTesting.EXPR;
import static strongroom.expr.ExprTesting.error;
import static strongroom.expr.ExprTesting.repr;
import static strongroom.expr.ExprTesting.table;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import strongroom.expr.EvalContext;
import strongroom.expr.ExprErrorCode;
import strongroom.expr.ExprException;
import strongroom.expr.MissingSecretException;

class PathsTest {

  static Stream<Arguments> paths() {
    return table("""
        ACTIONS.scan.result.count ==> 3
        ACTIONS.scan.result.items[0].id ==> 1
        ACTIONS.scan.result.items[-1].name ==> 'no-id'
        ACTIONS.scan.result.items[1]['tags'][0] ==> 'c'
        ACTIONS.scan.result["items"][0]["id"] ==> 1
        ACTIONS.lookup.error ==> 'boom'
        TRIGGER.user.name ==> 'Ada Lovelace'
        TRIGGER['key.with.dots'] ==> 'dotted'
        TRIGGER.ids[var.x - 4] ==> 20
        TRIGGER.ids[-3] ==> 10
        var.x ==> 5
        var.item.name ==> 'first'
        ENV.environment ==> 'default'
        ENV.workflow.execution_id ==> 'exec-1'
        VARS.settings.region ==> 'eu-west-1'
        VARS.settings.limit + 1 ==> 11
        [1, 2, 3][1] ==> 2
        {'a': {'b': 2}}.a.b ==> 2
        FN.split('a,b', ',')[1] ==> 'b'
        # wildcards return lists; missing elements drop out
        ACTIONS.scan.result.items[*].id ==> [1, 2]
        ACTIONS.scan.result.items[*].tags[*] ==> ['a', 'b', 'c']
        ACTIONS.scan.result.items[*].tags[0] ==> ['a', 'c']
        TRIGGER.user[*] ==> ['Ada Lovelace', 'ada@example.com']
        ACTIONS.scan.result.empty[*] ==> []
        ACTIONS.scan.result.count[*] ==> []
        # missing paths are None
        ACTIONS.nope.result ==> None
        ACTIONS.scan.result.items[9] ==> None
        ACTIONS.scan.result.items[-9] ==> None
        ACTIONS.scan.result.count.deeper ==> None
        ACTIONS.scan.result.items.name ==> None
        ACTIONS.scan.result.items['x'] ==> None
        TRIGGER.missing.deeper[0] ==> None
        var.unknown ==> None
        ENV.nothing.here ==> None
        ACTIONS.nope.result[*].x ==> None
        # the secret itself, exactly
        SECRETS.virustotal.API_KEY == 'canary-9f3e1b7a-SECRET-VALUE' ==> True
        """);
  }

  @ParameterizedTest(name = "{0} ==> {1}")
  @MethodSource("paths")
  void path_reads_contextOrNone(String expr, String expected) {
    assertEquals(expected, repr(expr));
  }

  @Test
  void missingSecretName_fails_namingIt() {
    ExprException e = error("SECRETS.nosuch.KEY");
    assertEquals(ExprErrorCode.SECRET_NOT_FOUND, e.code());
    assertTrue(e.getMessage().contains("'nosuch'"), e.getMessage());
    assertEquals("nosuch", ((MissingSecretException) e).name());
  }

  @Test
  void missingSecretKey_fails_namingSecretAndKey() {
    ExprException e = error("'x' + SECRETS.virustotal.NOPE");
    assertEquals(ExprErrorCode.SECRET_KEY_NOT_FOUND, e.code());
    assertTrue(e.getMessage().contains("'virustotal' has no key 'NOPE'"), e.getMessage());
    assertEquals(8, e.position());
    assertFalse(e.getMessage().contains(CANARY));
  }

  @Test
  void missingWorkspaceVariable_fails_namingIt() {
    assertEquals(ExprErrorCode.VARIABLE_NOT_FOUND, error("VARS.nope.x").code());
    assertEquals(ExprErrorCode.VARIABLE_NOT_FOUND, error("VARS.settings.nope").code());
    ExprException none = assertThrows(ExprException.class,
        () -> EXPR.evaluate("${{ VARS.a.b }}", EvalContext.empty()));
    assertEquals(ExprErrorCode.VARIABLE_NOT_FOUND, none.code());
  }

  @Test
  void indexOfWrongType_fails_namingType() {
    ExprException e = error("TRIGGER.ids[1.5]");
    assertEquals(ExprErrorCode.TYPE, e.code());
    assertEquals("index must be int or str, not float", e.detail());
  }
}
