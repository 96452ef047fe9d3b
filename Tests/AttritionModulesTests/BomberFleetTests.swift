import Foundation
import Testing

/// "41 bombers, about a third of Russia's strategic bomber fleet", against the sourced inventory of
/// long-range aviation in `equipment_figures`.
@Suite struct BomberFleetTests {
  private typealias Support = SeriesTestSupport

  /// The inventory rows, read here from the dataset's own rows: (type, low, central, high, as_of).
  private static func inventory() throws -> [(type: String, low: Double, central: Double, high: Double, asOf: String?)]
  {
    try Support.rows(#"equipment_figures | where side == "russia""#).compactMap { row in
      guard let measure = row["measure"] as? String, measure.hasPrefix("strategic_bombers_tu") else { return nil }
      let low = row["low"] as? Double
      let high = row["high"] as? Double
      let central = row["central"] as? Double ?? ((low ?? 0) + (high ?? 0)) / 2
      return (
        String(measure.dropFirst("strategic_bombers_".count)), low ?? central, central, high ?? central,
        row["as_of"] as? String
      )
    }
  }

  @Test func everyTypeHasSourcedFiguresWithTheirAsOfDates() throws {
    let rows = try Self.inventory()
    #expect(Set(rows.map(\.type)) == ["tu95ms", "tu160", "tu22m3"])
    // The Tu-160 figures are from the June 2025 coverage of the strike: the fleet before it.
    #expect(rows.filter { $0.type == "tu160" }.allSatisfy { $0.asOf == "2025-05-31" })
    let notes = try Support.rows(#"equipment_figures | where measure == "strategic_bombers_tu95ms""#)
      .compactMap { $0["note"] as? String }
    #expect(notes.allSatisfy { $0.contains("as_of unknown") }, "undated counts say so")
  }

  @Test func theShareOf41IsARangeAroundAThird() throws {
    let rows = try Self.inventory()
    var (low, high, central) = (0.0, 0.0, 0.0)
    for type in ["tu95ms", "tu160", "tu22m3"] {
      let figures = rows.filter { $0.type == type }
      low += figures.map(\.low).min() ?? .nan
      high += figures.map(\.high).max() ?? .nan
      central += figures.map(\.central).reduce(0, +) / Double(figures.count)
    }
    let fleet = try Support.estimate(#"equipment.fleet("strategic bombers")"#)
    #expect(fleet.low == low && fleet.high == high && abs(fleet.value - central) < 1e-9 && fleet.unit == "bombers")
    let share = try Support.estimate(#"equipment.share_of_fleet(41, "strategic bombers")"#)
    #expect(share.low == 41 / high && share.high == 41 / low && abs(share.value - 41 / central) < 1e-12)
    // 41 of 127–145 is 28–32%: "about a third" lies just above what the sources count.
    #expect((share.low ?? 1) > 0.28 && (share.high ?? 1) < 1.0 / 3)
    let implied = try Support.estimate("equipment.fleet_from_share(41, 1/3)")
    #expect(implied.value == 123)
    #expect(implied.value < low, "a third implies a smaller fleet than any source counts")
    let sources = try Support.json(#"equipment.share_of_fleet(41, "strategic bombers")"#)["sources"] as? [String]
    #expect(sources?.count == 5)
  }

  @Test func badFleetsAndLossesAreRefused() throws {
    _ = try Support.failure(#"equipment.share_of_fleet(41, "submarines")"#, id: "evaluation.invalid_argument")
    _ = try Support.failure(#"equipment.share_of_fleet(200, "Tu-160")"#, id: "evaluation.invalid_argument")
    _ = try Support.failure(#"equipment.share_of_fleet(-1, 100)"#, id: "evaluation.invalid_argument")
    _ = try Support.failure(#"equipment.share_of_fleet(41, 10 km)"#, id: "evaluation.invalid_argument")
  }
}

/// What a one-sided quotient prints, in the text the analyst reads and in JSON.
@Suite struct OneSidedOutputTests {
  @Test(arguments: [
    ("4907 tanks / atleast(1800 tanks)", "up to 2.73"), ("upto(250k) / 950k", "up to 0.263"),
    ("1 / atleast(5)", "up to 0.2"), ("10 / upto(-2)", "at least -5"), ("atleast(2) / atleast(3)", "about 0.667"),
  ])
  func quotientsOfOneSidedFigures(_ code: String, _ printed: String) throws {
    let outcome = try ExampleRunner.run(code)
    #expect(outcome.output == [printed])
  }

  @Test func theJSONBoundIsNull() throws {
    let object = try SeriesTestSupport.json("4907 tanks / atleast(1800 tanks)")
    #expect(object["low"] is NSNull)
    #expect(object["high"] as? Double == 4907.0 / 1800)
  }
}
