package strongroom.expr.fn;

/** Exposes the package-private function tables to the fuzz test as seed corpus. */
public final class FuzzCorpus {
  private FuzzCorpus() {}

  public static String[] tables() {
    return new String[] {
      StringFunctionsTest.CASES, CollectionFunctionsTest.CASES, MathLogicFunctionsTest.CASES,
      DataFunctionsTest.CASES, NetworkFunctionsTest.CASES, TimeFunctionsTest.CASES
    };
  }
}
