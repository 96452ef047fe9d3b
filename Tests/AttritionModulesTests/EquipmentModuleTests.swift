import Foundation
import Testing

/// `equipment.*` on the seed's figures, the General Staff's file and bad input.
@Suite struct EquipmentModuleTests {
  private typealias Support = SeriesTestSupport

  @Test func seedRateOf1800TanksSinceJanuary2024() throws {
    let rate = try Support.estimate("equipment.rate(1800, 2024-01-01..2025-06-04)")
    #expect(abs(rate.value - 1_800.0 / 521.0) < 1e-12)
    #expect(rate.unit == "/day")
    #expect(try Support.human("equipment.rate(1800, 2024-01-01..2025-06-04)") == "3.455 /day")
    // "More than 1,800" keeps its open upper bound.
    let over = try Support.estimate("equipment.rate(atleast(1800 tanks), 2024-01-01..2025-06-04)")
    #expect(over.low == over.value && over.high == nil && over.unit == "tanks/day")
  }

  @Test func seedFleetFromTheSpiderwebShare() throws {
    let fleet = try Support.estimate("equipment.fleet_from_share(41, 1/3)")
    #expect(abs(fleet.value - 123) < 1e-9)
    #expect(try Support.human("equipment.fleet_from_share(41, 1/3)") == "123")
    // The satellite-confirmed 13 against the claimed 41 gives a range of fleets.
    let range = try Support.estimate("equipment.fleet_from_share(13..41, 1/3)")
    #expect(abs((range.low ?? 0) - 39) < 1e-9 && abs((range.high ?? 0) - 123) < 1e-9)
    #expect(abs(try Support.estimate("equipment.fleet_from_share(41, 33 %)").value - 41 / 0.33) < 1e-9)
  }

  @Test func windowOfTheGeneralStaffTanksSinceJanuary2024() throws {
    let gs = try Support.loadGeneralStaff()
    let window = try Support.estimate(gs + #"equipment.window(gs, "tank", 2024-01-01..2025-06-04)"#)
    #expect(window.value == 4_907)
    #expect(window.low == 4_907 && window.high == 4_907)
    let object = try Support.json(gs + #"equipment.window(gs, "tank", 2024-01-01..2025-06-04)"#)
    let sources = try #require(object["sources"] as? [String])
    #expect(sources.count == 1 && sources[0].hasSuffix("general-staff/russia_losses_equipment.json"))
    let human = try Support.human(gs + #"equipment.window(gs, "tank", 2024-01-01..2025-06-04)"#)
    #expect(human.hasPrefix("4,907  (source: "))
    let rate = try Support.estimate(gs + #"equipment.rate(gs, "tank", 2024-01-01..2025-06-04)"#)
    #expect(abs(rate.value - 4_907.0 / 521.0) < 1e-12)
  }

  @Test func dailyAndMonthlyMatchTheSeriesModule() throws {
    let gs = try Support.loadGeneralStaff()
    let outcome = try ExampleRunner.run(gs + #"equipment.daily(gs, "tank") | where revision"#)
    #expect(outcome.output.joined().contains("2023-05-28         -2           1  true"))
    #expect(outcome.errors.first?.contains("2023-05-28 (−2)") ?? false)
    let equipment = try Support.rows(gs + #"equipment.monthly(gs, "tank")"#)
    let series = try Support.rows(gs + #"series.monthly(gs, "tank")"#)
    #expect(equipment.count == series.count)
    #expect(equipment.map { $0["total"] as? Double } == series.map { $0["total"] as? Double })
  }

  @Test func ratioOfRangesIsARange() throws {
    let ratio = try Support.estimate("equipment.ratio(3000..3500 tanks, 1000 tanks)")
    #expect(ratio.value == 3.25 && ratio.low == 3 && ratio.high == 3.5 && ratio.unit == "")
    let open = try Support.estimate("equipment.ratio(atleast(950k), 400k)")
    #expect(open.low == 950_000.0 / 400_000.0 && open.high == nil)
    let sourced = try Support.json(#"equipment.ratio(cite(4074, "Oryx RU"), cite(1220, "Oryx UA"))"#)
    #expect(sourced["sources"] as? [String] == ["Oryx RU", "Oryx UA"])
  }

  @Test func depletionGivesDaysAndTheDate() throws {
    let rows = try Support.rows(
      "equipment.depletion(4000 tanks, 150 tanks/month, production: 90 tanks/month, start: 2025-06-04)")
    let row = try #require(rows.first)
    let days = try #require(row["days"] as? Double)
    #expect(abs(days - 4_000 / (60 / (365.2425 / 12))) < 1e-6)
    #expect(row["date"] as? String == "2030-12-25")
    let ranged = try Support.rows(
      "equipment.depletion(3500..4500 tanks, 4..6 tanks/day, production: 2 tanks/day, start: 2025-06-04)")
    let cell = try #require(ranged.first?["days"] as? [String: Any])
    #expect(cell["low"] as? Double == 875 && cell["high"] as? Double == 2_250)
    #expect(ranged.first?["earliest"] as? String == "2027-10-27")
    let defaulted = try Support.rows("equipment.depletion(100, 10 tanks/day, period: 2024-01-01..2024-12-31)")
    #expect(defaulted.first?["start"] as? String == "2024-12-31")
    #expect(defaulted.first?["date"] as? String == "2025-01-10")
  }

  @Test func depletionRefusesARateNotAboveProduction() throws {
    let equal = try Support.failure(
      "equipment.depletion(4000 tanks, 90 tanks/month, production: 90 tanks/month, start: 2025-06-04)",
      id: "module.not_depleting")
    #expect(equal.contains("never runs out"))
    _ = try Support.failure(
      "equipment.depletion(4000 tanks, 2 tanks/day, production: 3 tanks/day, start: 2025-06-04)",
      id: "module.not_depleting")
    _ = try Support.failure("equipment.depletion(4000 tanks, 5 tanks/day)", id: "module.missing_start")
    _ = try Support.failure(
      "equipment.depletion(4000 tanks, 5 tanks, start: 2025-06-04)", id: "evaluation.invalid_argument")
    _ = try Support.failure("equipment.depletion(0, 5 tanks/day, start: 2025-06-04)", id: "evaluation.invalid_argument")
  }

  @Test func badInputIsADiagnosticNeverACrash() throws {
    let gs = try Support.loadGeneralStaff()
    let unknown = try Support.failure(
      gs + #"equipment.window(gs, "tanks", 2024-01-01..2025-06-04)"#, id: "module.unknown_column")
    #expect(unknown.contains("'tanks'") && unknown.contains("did you mean 'tank'?"))
    let text = try Support.failure(
      gs + #"equipment.window(gs, "greatest losses direction", 2024-01-01..2025-06-04)"#, id: "module.not_numeric")
    #expect(text.contains("'greatest losses direction' holds strings"))
    let outside = try Support.failure(
      gs + #"equipment.window(gs, "tank", 2021-01-01..2021-12-31)"#, id: "module.period_outside_series")
    #expect(outside.contains("2021-01-01..2021-12-31"))
    _ = try Support.failure(
      gs + #"equipment.window(gs | where date > 2030-01-01, "tank", 2024-01-01..2025-06-04)"#, id: "module.empty_series"
    )
    _ = try Support.failure(gs + #"equipment.rate(gs, 2024-01-01..2025-06-04)"#, id: "evaluation.invalid_argument")
    _ = try Support.failure(#"equipment.rate(1800, "tank", 2024-01-01..2025-06-04)"#, id: "evaluation.invalid_argument")
    _ = try Support.failure("equipment.rate(1800)", id: "evaluation.missing_argument")
    _ = try Support.failure("equipment.ratio(3 tanks, 2 ifv)", id: "module.unit_mismatch")
    _ = try Support.failure("equipment.ratio(3, 0..1)", id: "module.divisor_range_contains_zero")
    _ = try Support.failure("equipment.fleet_from_share(41, 3)", id: "evaluation.invalid_argument")
    _ = try Support.failure("equipment.fleet_from_share(41, 2 tanks)", id: "evaluation.invalid_argument")
    _ = try Support.failure("equipment.fleet_from_share(-1, 1/3)", id: "evaluation.invalid_argument")
    _ = try Support.failure("equipment.depletion(1e300, 1e-300 tanks/day, start: 2025-01-01)", id: "module.not_finite")
  }
}
