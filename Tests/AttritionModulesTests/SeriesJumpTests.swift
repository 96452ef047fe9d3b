import Foundation
import Testing

/// Steps and spikes on the real NZZ series through every series function, and the General Staff's
/// series, where nothing may be flagged.
@Suite struct SeriesJumpTests {
  private typealias Support = SeriesTestSupport

  /// NZZ's area series in km², as `load(dataset:)` reads it.
  private static func nzz() throws -> String {
    "let nzz = load(\"\(try Support.dataset("nzz/territory.csv"))\") | derive area = area * 1 km²\n"
  }

  @Test func monthlyFlagsMarch2024AndSaysWhy() throws {
    let code = try Self.nzz() + #"series.monthly(nzz, "area") | where month >= 2024-02-01 and month <= 2024-04-01"#
    let rows = try Support.rows(code)
    #expect(rows.map { $0["flag"] as? String } == [nil, "step", nil])
    let march = try #require(rows.dropFirst().first)
    #expect(abs((march["total"] as? Double ?? 0) - -16_529) < 1)
    let outcome = try ExampleRunner.run(code)
    let warning = try #require(outcome.errors.first { $0.contains("2024-03-14") })
    #expect(warning.contains("steps (not reverted within 10 days)"))
    #expect(warning.contains("−16,619 km² on 2024-03-14"))
    #expect(warning.contains("a spike of +643,829 km² on 2023-10-24, back on 2023-10-31"))
  }

  @Test func firstReachingIgnoresTheWholeCountryGlitch() throws {
    let code = try Self.nzz() + #"[series.first_reaching(nzz, "area", 200000 km²)]"#
    let outcome = try ExampleRunner.run(code)
    #expect(outcome.output == ["[null]"], "200,000 km² is reached only inside the glitch of 2023-10-24..30")
    let warning = try #require(outcome.errors.first)
    #expect(warning.contains("a spike of +643,829 km² on 2023-10-24"))
    #expect(warning.contains("no crossing"))
    // Below the glitch, the answer is the first ordinary day that reaches it.
    let reached = try Support.json(try Self.nzz() + #"series.first_reaching(nzz, "area", 100000 km²)"#)
    let day = try #require(reached["value"] as? String)
    #expect(day < "2023-10-24")
  }

  @Test func dailyFlagsTheStepAndEveryRowOfTheSpike() throws {
    let rows = try Support.rows(
      try Self.nzz() + #"series.daily(nzz, "area") | where date >= 2023-10-23 and date <= 2023-11-01"#)
    let flags = rows.map { $0["flag"] as? String }
    #expect(flags == [nil] + Array(repeating: "spike", count: 8) + [nil])
    let step = try Support.rows(try Self.nzz() + #"series.daily(nzz, "area") | where date == 2024-03-14"#)
    #expect(step.first?["flag"] as? String == "step")
  }

  @Test func windowsSayWhetherASpikeNetsOut() throws {
    let across = try ExampleRunner.run(try Self.nzz() + #"series.window(nzz, "area", 2023-10-01..2023-11-30)"#)
    #expect(across.errors.count == 1 && across.errors[0].contains("nets out"))
    let inside = try ExampleRunner.run(try Self.nzz() + #"series.window(nzz, "area", 2023-10-01..2023-10-27)"#)
    #expect(inside.errors.count == 1 && inside.errors[0].contains("meaningless"))
    let clean = try ExampleRunner.run(try Self.nzz() + #"series.window(nzz, "area", 2024-04-01..2025-06-04)"#)
    #expect(clean.succeeded && clean.errors.isEmpty)
  }

  @Test func rollingFlagsTheWindowsThatSpanAJump() throws {
    let rows = try Support.rows(
      try Self.nzz() + #"series.rolling(nzz, "area", 7) | where date >= 2024-03-13 and date <= 2024-03-22"#)
    #expect(rows.map { $0["flag"] as? String } == [nil] + Array(repeating: "step", count: 7) + [nil, nil])
  }

  @Test func equipmentAndTerritoryFunctionsWarnAlike() throws {
    let gain = try ExampleRunner.run(try Self.nzz() + "territory.gain(nzz, 2024-01-01..2025-06-04)")
    let window = try ExampleRunner.run(try Self.nzz() + #"equipment.window(nzz, "area", 2024-01-01..2025-06-04)"#)
    #expect(gain.errors == window.errors, "one detector, one message")
    #expect(gain.errors.count == 1)
    let monthly = try ExampleRunner.run(try Self.nzz() + #"equipment.monthly(nzz, "area") | limit 1"#)
    #expect(monthly.errors.contains { $0.contains("−16,619 km² on 2024-03-14") })
  }

  @Test func aThresholdAndRevertDaysCanBeSetPerCall() throws {
    let code = try Self.nzz() + #"series.daily(nzz, "area", jump: 20000 km², revert_days: 3) | where flag == "step""#
    let rows = try Support.rows(code)
    // With 3 days the glitch's way up and way down are steps of their own; 2022's big moves remain.
    #expect(rows.contains { $0["date"] as? String == "2023-10-24" })
    #expect(rows.contains { $0["date"] as? String == "2023-10-31" })
    #expect(!rows.contains { $0["date"] as? String == "2024-03-14" }, "16,619 km² is below 20,000 km²")
    _ = try Support.failure(
      try Self.nzz() + #"series.daily(nzz, "area", jump: 5 days)"#, id: "evaluation.invalid_argument")
    _ = try Support.failure(
      try Self.nzz() + #"series.daily(nzz, "area", revert_days: -1)"#, id: "evaluation.invalid_argument")
  }

  @Test(arguments: ["tank", "APC", "drone", "field artillery", "personnel"])
  func theGeneralStaffSeriesHaveNoJumps(_ column: String) throws {
    let file = column == "personnel" ? "russia_losses_personnel.json" : "russia_losses_equipment.json"
    let load = "let gs = load(\"\(try Support.dataset("general-staff/" + file))\")\n"
    let code = load + "series.daily(gs, \"\(column)\") | where flag == \"step\" or flag == \"spike\""
    #expect(try Support.rows(code).isEmpty)
  }

  @Test func theOneGeneralStaffJumpIsOperationSpiderweb() throws {
    // The claim of 41 aircraft on 2025-06-03 after the strike of 2025-06-01, against an ordinary day's 0 to 2.
    let code = try Support.loadGeneralStaff() + #"series.daily(gs, "aircraft") | where flag == "step""#
    let rows = try Support.rows(code)
    #expect(rows.map { $0["date"] as? String } == ["2025-06-03"])
    #expect(rows.first?["increment"] as? Double == 41)
  }
}
