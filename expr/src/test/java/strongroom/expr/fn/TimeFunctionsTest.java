package strongroom.expr.fn;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import strongroom.expr.ExprTesting;

class TimeFunctionsTest {
  // The test context fixes the clock at 2024-01-02T03:04:05Z.
  static final String CASES = """
      FN.now() ==> datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
      FN.utcnow() ==> datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
      FN.today() ==> datetime.date(2024, 1, 2)
      str(FN.now()) ==> '2024-01-02 03:04:05+00:00'
      str(FN.today()) ==> '2024-01-02'
      FN.to_datetime('2024-01-02T03:04:05+02:00') ==> datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone(datetime.timedelta(seconds=7200)))
      FN.to_datetime('2024-01-02 03:04:05.5') ==> datetime.datetime(2024, 1, 2, 3, 4, 5, 500000, tzinfo=datetime.timezone.utc)
      FN.to_datetime('2024-01-02') ==> datetime.datetime(2024, 1, 2, 0, 0, tzinfo=datetime.timezone.utc)
      FN.to_datetime(0) ==> datetime.datetime(1970, 1, 1, 0, 0, tzinfo=datetime.timezone.utc)
      FN.to_datetime(FN.now()) == FN.now() ==> True
      FN.to_datetime('yesterday') ==> !VALUE
      FN.to_datetime([]) ==> !TYPE
      FN.format_datetime(FN.now(), '%Y-%m-%d %H:%M:%S %a %b %j %p %I %y %z %Z %%') ==> '2024-01-02 03:04:05 Tue Jan 002 AM 03 24 +0000 UTC %'
      FN.format_datetime('2024-12-31T23:59:59.123456-05:00', '%A %B %d %f %z %U %W') ==> 'Tuesday December 31 123456 -0500 52 53'
      FN.format_datetime(FN.now(), '%c|%x|%X') ==> 'Tue Jan  2 03:04:05 2024|01/02/24|03:04:05'
      FN.to_isoformat(FN.now()) ==> '2024-01-02T03:04:05+00:00'
      FN.to_isoformat('2024-01-02T03:04:05.000001Z') ==> '2024-01-02T03:04:05.000001+00:00'
      FN.to_isoformat(FN.today()) ==> '2024-01-02'
      FN.to_timestamp(FN.now()) ==> 1704164645.0
      FN.to_timestamp('1970-01-01T00:00:01.5Z', 'ms') ==> 1500.0
      FN.to_timestamp(FN.now(), 'h') ==> !VALUE
      FN.from_timestamp(1704164645) ==> datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
      FN.from_timestamp(1500, 'ms') ==> datetime.datetime(1970, 1, 1, 0, 0, 1, 500000, tzinfo=datetime.timezone.utc)
      FN.from_timestamp(1e20) ==> !VALUE
      FN.from_timestamp('1') ==> !TYPE
      FN.seconds_between('2024-01-01T00:00:00Z', '2024-01-01T00:01:30Z') ==> 90.0
      FN.minutes_between('2024-01-01T00:00:00Z', '2024-01-01T00:01:30Z') ==> 1.5
      FN.hours_between('2024-01-01T00:00:00Z', '2024-01-01T00:00:00+01:00') ==> -1.0
      FN.days_between('2024-01-01', FN.now()) ==> 1.1278356481481482
      FN.weeks_between('2024-01-01', '2024-01-15') ==> 2.0
      FN.days_between('x', FN.now()) ==> !VALUE
      FN.now() < FN.to_datetime('2030-01-01') ==> True
      FN.now() + 1 ==> !TYPE
      """;

  static Stream<Arguments> cases() {
    return ExprTesting.table(CASES);
  }

  @ParameterizedTest(name = "{0} ==> {1}")
  @MethodSource("cases")
  void timeFunction_behavesLikePython(String expr, String expected) {
    FunctionCases.check(expr, expected);
  }
}
