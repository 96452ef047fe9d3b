import Foundation
import Testing

/// `series.*` in a real session, on the General Staff's file and on bad input.
@Suite struct SeriesModuleTests {
  private typealias Support = SeriesTestSupport

  @Test func dailyFlagsTheTankRevisionOf20230528() throws {
    let code = try Support.loadGeneralStaff() + #"series.daily(gs, "tank") | where revision"#
    let outcome = try ExampleRunner.run(code)
    #expect(outcome.succeeded)
    #expect(
      outcome.output == [
        """
        date        increment  days (day)  revision  flag
        ──────────  ─────────  ──────────  ────────  ────
        2023-05-28         -2           1  true
        """
      ])
    #expect(outcome.errors == ["warning: 'tank' has a negative increment (revised totals): 2023-05-28 (−2)"])
  }

  @Test func dailyReportsTheAPCRevisionAndNoGaps() throws {
    let code = try Support.loadGeneralStaff() + #"series.daily(gs, "APC") | where date == 2022-10-13"#
    let rows = try Support.rows(code)
    #expect(rows.count == 1)
    #expect(rows.first?["increment"] as? Double == -14)
    #expect(rows.first?["revision"] as? Bool == true)
    let outcome = try ExampleRunner.run(code)
    #expect(outcome.errors.count == 1, "the General Staff file has no gaps: \(outcome.errors)")
    #expect(outcome.errors.first?.contains("2022-10-13 (−14)") ?? false)
  }

  @Test func dailyStartsWithAnUnknownIncrement() throws {
    let rows = try Support.rows(try Support.loadGeneralStaff() + #"series.daily(gs, "tank") | limit 2"#)
    #expect(rows.first?["date"] as? String == "2022-02-25")
    #expect(rows.first?["increment"] is NSNull)
    #expect(rows.last?["increment"] as? Double == 66)
  }

  @Test func windowIsTheEndMinusTheDayBeforeTheStart() throws {
    let gs = try Support.loadGeneralStaff()
    let window = try Support.estimate(gs + #"series.window(gs, "tank", 2024-01-01..2025-06-04)"#)
    #expect(window.value == 4_907)
    #expect(window.low == 4_907 && window.high == 4_907)
    let end = try Support.estimate(gs + #"series.value(gs, "tank", 2025-06-04)"#).value
    let dayBefore = try Support.estimate(gs + #"series.value(gs, "tank", 2023-12-31)"#).value
    let firstDay = try Support.estimate(gs + #"series.value(gs, "tank", 2024-01-01)"#).value
    #expect(end - dayBefore == 4_907)
    #expect(end - firstDay == 4_901, "cum(end) − cum(start) would silently drop 2024-01-01's 6 tanks")
  }

  @Test func monthlyTotalsAddUpToTheWindow() throws {
    let gs = try Support.loadGeneralStaff()
    let rows = try Support.rows(gs + #"series.monthly(gs, "tank") | where month >= 2024-01-01 and month <= 2025-05-01"#)
    #expect(rows.count == 17)
    #expect(rows.allSatisfy { $0["partial"] as? Bool == false })
    let total = rows.compactMap { $0["total"] as? Double }.reduce(0, +)
    let window = try Support.estimate(gs + #"series.window(gs, "tank", 2024-01-01..2025-05-31)"#)
    #expect(total == window.value)
    let first = try Support.rows(gs + #"series.monthly(gs, "tank") | limit 1"#)
    #expect(first.first?["days"] as? Double == 3)
    #expect(first.first?["partial"] as? Bool == true)
  }

  @Test func rollingAndFirstReachingOnTheRealSeries() throws {
    let gs = try Support.loadGeneralStaff()
    let week = try Support.rows(gs + #"series.rolling(gs, "tank", 1 week) | where date == 2025-06-04"#)
    let window = try Support.estimate(gs + #"series.window(gs, "tank", 2025-05-29..2025-06-04)"#)
    #expect(week.first?["sum"] as? Double == window.value)
    #expect(try Support.json(gs + #"series.first_reaching(gs, "tank", 5000)"#)["value"] as? String == "2023-10-20")
  }

  @Test func aWindowFromTheFirstDayIsRefused() throws {
    let errors = try Support.failure(
      try Support.loadGeneralStaff() + #"series.window(gs, "tank", 2022-02-25..2022-03-31)"#,
      id: "module.missing_day_before_start")
    #expect(errors.contains("2022-02-24"))
    #expect(errors.contains("cannot be taken as 0"))
  }

  @Test func badInputIsADiagnosticNeverACrash() throws {
    let gs = try Support.loadGeneralStaff()
    let unknown = try Support.failure(
      gs + #"series.window(gs, "tnk", 2024-01-01..2024-02-01)"#, id: "module.unknown_column")
    #expect(unknown.contains("'tnk'") && unknown.contains("did you mean 'tank'?"))
    let text = try Support.failure(
      gs + #"series.daily(gs, "greatest losses direction")"#, id: "module.not_numeric")
    #expect(text.contains("'greatest losses direction'"))
    let outside = try Support.failure(
      gs + #"series.window(gs, "tank", 2026-01-01..2027-01-01)"#, id: "module.period_outside_series")
    #expect(outside.contains("2027-01-01") && outside.contains("2022-02-25..2026-08-08"))
    _ = try Support.failure(gs + #"series.monthly(gs | where date > 2030-01-01, "tank")"#, id: "module.empty_series")
    _ = try Support.failure(#"series.daily(table(date: [], tank: []), "tank")"#, id: "module.empty_series")
    _ = try Support.failure(#"series.daily(table(day: ["x"], tank: [1]), "tank")"#, id: "module.no_day_column")
    _ = try Support.failure(
      #"series.daily(table(date: [2024-01-01, 2024-01-01], tank: [1, 2]), "tank")"#, id: "module.repeated_day")
    _ = try Support.failure(gs + #"series.rolling(gs, "tank", 0)"#, id: "evaluation.invalid_argument")
    _ = try Support.failure(gs + #"series.rolling(gs, "tank", 1 month)"#, id: "evaluation.invalid_argument")
    _ = try Support.failure(gs + #"series.value(gs, "tank", 2020-01-01)"#, id: "module.no_value_on_day")
    _ = try Support.failure(gs + #"series.first_reaching(gs, "tank", 5 km)"#, id: "evaluation.invalid_argument")
    _ = try Support.failure(#"series.window(1, "tank", 2024-01-01..2024-01-02)"#, id: "evaluation.wrong_type")
  }
}
