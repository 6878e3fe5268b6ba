package strongroom.expr.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import strongroom.expr.syntax.TemplateScanner.Expr;
import strongroom.expr.syntax.TemplateScanner.Text;

class TemplateScannerTest {

  @Test
  void closingBracesInsideString_doNotClose() {
    assertEquals(List.of(new Expr(" 'a}}b' ")), TemplateScanner.scan("${{ 'a}}b' }}"));
    assertEquals(List.of(new Expr(" \"}}\\\"}}\" ")), TemplateScanner.scan("${{ \"}}\\\"}}\" }}"));
  }

  @Test
  void nestedBraces_doNotClose() {
    assertEquals(List.of(new Expr(" {'a': {'b': 1}} ")),
        TemplateScanner.scan("${{ {'a': {'b': 1}} }}"));
    assertEquals(List.of(new Expr("{'a':1}")), TemplateScanner.scan("${{{'a':1}}}"));
  }

  @Test
  void textAfterClose_isKept() {
    assertEquals(List.of(new Expr(" 1 "), new Text(" and more")),
        TemplateScanner.scan("${{ 1 }} and more"));
  }

  @Test
  void unclosedTemplate_staysText() {
    assertEquals(List.of(new Text("a ${{ 1")), TemplateScanner.scan("a ${{ 1"));
    assertEquals(List.of(new Expr("1"), new Text(" ${{ 'x }}")),
        TemplateScanner.scan("${{1}} ${{ 'x }}"));
  }

  @Test
  void adjacentTemplates_areSeparateParts() {
    assertEquals(List.of(new Expr(" 1 "), new Expr(" 2 ")), TemplateScanner.scan("${{ 1 }}${{ 2 }}"));
  }

  @Test
  void noTemplate_isOneTextPart() {
    assertEquals(List.of(new Text("plain {{ x }}")), TemplateScanner.scan("plain {{ x }}"));
    assertEquals(List.of(), TemplateScanner.scan(""));
  }
}
