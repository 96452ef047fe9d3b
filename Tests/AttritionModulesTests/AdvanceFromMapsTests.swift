import Foundation
import Testing

/// `territory.advance_from_maps`: a made-up bulge out of the border whose front, border and depth
/// are known by construction, and the real DeepStateMap maps of the CSIS window.
@Suite struct AdvanceFromMapsTests {
  /// Metres of a meridian arc between two latitudes on WGS84, by Simpson's rule on M(φ): an
  /// independent reference for the lengths the function measures.
  private static func meridianArc(_ from: Double, _ to: Double) -> Double {
    let (a, f) = (6_378_137.0, 1 / 298.257_223_563)
    let e2 = f * (2 - f)
    func radius(_ degrees: Double) -> Double {
      let s = sin(degrees * .pi / 180)
      return a * (1 - e2) / pow(1 - e2 * s * s, 1.5)
    }
    let steps = 1_000
    let h = (to - from) / Double(steps)
    var sum = radius(from) + radius(to)
    for index in 1..<steps { sum += radius(from + Double(index) * h) * (index.isMultiple(of: 2) ? 2 : 4) }
    return sum * h / 3 * .pi / 180
  }

  /// Metres along a parallel: N(φ) cos φ Δλ.
  private static func parallel(_ latitude: Double, _ degrees: Double) -> Double {
    let (a, f) = (6_378_137.0, 1 / 298.257_223_563)
    let e2 = f * (2 - f)
    let s = sin(latitude * .pi / 180)
    return a / (1 - e2 * s * s).squareRoot() * cos(latitude * .pi / 180) * degrees * .pi / 180
  }

  private static let fixtures =
    "let b = load(\"\(TerritoryProbe.fixture("advance-before.geojson"))\")\n"
    + "let a = load(\"\(TerritoryProbe.fixture("advance-after.geojson"))\")\n"

  @Test func aBulgeOutOfTheBorderHasItsFrontAndBorderToldApart() throws {
    let code =
      Self.fixtures
      + "territory.advance_from_maps(b, a, [36.3, 50.1, 36.7, 50.4], before_day: 2024-05-01, after_day: 2024-06-10, details: true)"
    let rows = try TerritoryProbe.table(code).rows
    #expect(rows.count == 9, "3 tolerances × 3 widths")
    let row = try #require(rows.first { $0["tolerance_m"] as? Double == 200 && $0["width"] as? String == "after" })
    // The bulge: 36.4–36.6°E, 50.2–50.3°N; its north side lies on the border (the before map's
    // liberated area ended there), its three other sides face the liberated area: front.
    let front = 2 * Self.meridianArc(50.2, 50.3) + Self.parallel(50.2, 0.2)
    let border = Self.parallel(50.3, 0.2)
    #expect(abs((row["front_after"] as? Double ?? 0) * 1_000 - front) < 1, "front \(row)")
    #expect(abs((row["border_after"] as? Double ?? 0) * 1_000 - border) < 1, "border \(row)")
    #expect(row["front_before"] as? Double == 0)
    let area = try TerritoryProbe.figure(
      Self.fixtures + "territory.area(territory.occupied(a)) - territory.area(territory.occupied(b))")
    #expect(abs((row["gain"] as? Double ?? 0) - area.value) < 1e-6)
    // The advance started from the border: its start line is the border it newly touches, and the
    // depth across it is the bulge's own depth, 0.1° of latitude.
    let start = try #require(rows.first { $0["tolerance_m"] as? Double == 200 && $0["width"] as? String == "start" })
    #expect(abs((start["width_km"] as? Double ?? 0) * 1_000 - border) < 1)
    let depth = area.value / (border / 1_000)
    #expect(abs((start["depth"] as? Double ?? 0) - depth) < 1e-9)
    #expect(abs(depth * 1_000 - Self.meridianArc(50.2, 50.3)) < 30, "the area over the width is the bulge's depth")
    #expect(abs((start["rate"] as? Double ?? 0) - depth * 1_000 / 40) < 1e-9, "40 days between the maps")
  }

  @Test func theRangeRunsOverTheChoicesAndTheCentralIsTheMeanWidth() throws {
    let code =
      Self.fixtures
      + "territory.advance_from_maps(b, a, [36.3, 50.1, 36.7, 50.4], before_day: 2024-05-01, after_day: 2024-06-10)"
    let rate = try TerritoryProbe.figure(code)
    let rows = try TerritoryProbe.table(
      Self.fixtures
        + "territory.advance_from_maps(b, a, [36.3, 50.1, 36.7, 50.4], before_day: 2024-05-01, after_day: 2024-06-10, details: true)"
    ).rows
    let rates = rows.compactMap { $0["rate"] as? Double }
    #expect(rate.low == rates.min() && rate.high == rates.max() && rate.unit == "m/day")
    let mean = try #require(rows.first { $0["tolerance_m"] as? Double == 200 && $0["width"] as? String == "mean" })
    #expect(rate.value == mean["rate"] as? Double)
  }

  @Test func mapsWithoutTheirOtherAreasCannotTellTheBorder() throws {
    let code = """
      let b = load(dataset: "deepstate/deepstatemap_data_20240708.geojson")
      let a = load(dataset: "deepstate/deepstatemap_data_20250605.geojson")
      territory.advance_from_maps(b, a, "kharkiv")
      """
    let outcome = try ExampleRunner.run(code)
    #expect(!outcome.succeeded)
    #expect(outcome.errors.joined().contains("[module.no_border_reference]"))
  }

  @Test func theKharkivAxisFromTheRealMaps() throws {
    let code = """
      let b = load(dataset: "deepstate/archive-2024-01-01.geojson")
      let a = load(dataset: "deepstate/archive-2025-06-04.geojson")
      let july = load(dataset: "deepstate/deepstatemap_data_20240708.geojson")

      """
    let (results, warnings) = try TerritoryProbe.run(code + #"territory.advance_from_maps(b, a, "kharkiv")"#)
    let whole = try #require(results.last)
    let value = try #require(whole["value"] as? Double)
    #expect(value > 3 && value < 15, "a few km in 520 days: \(value)")
    let sources = whole["sources"] as? [String] ?? []
    #expect(sources.contains { $0.contains("ISW via RBC-Ukraine") })
    #expect(sources.contains { $0.contains("Wikipedia, Vovchansk") })
    let warning = try #require(warnings.first)
    #expect(warning.contains("520 days apart") && warning.contains("began on 2024-05-10"))
    // Against the map of 2024-07-07, from the offensive's first day: the pace of the offensive.
    let offensive = try TerritoryProbe.figure(
      code + #"territory.advance_from_maps(b, july, "kharkiv", since: 2024-05-10)"#)
    #expect(offensive.value > 40 && offensive.value < 80, "\(offensive)")
    #expect((offensive.low ?? 0) < offensive.value && offensive.value < (offensive.high ?? 0))
  }

  @Test func aBoxOverAllOfUkraineGainsWhatTheMapsDiffer() throws {
    let code = """
      let b = load(dataset: "deepstate/archive-2024-01-01.geojson")
      let a = load(dataset: "deepstate/archive-2025-06-04.geojson")
      let rows = territory.advance_from_maps(b, a, [21, 43, 41, 53], details: true)
      first(rows.gain) - (territory.area(territory.occupied(a)) - territory.area(territory.occupied(b)))
      """
    let difference = try TerritoryProbe.figure(code)
    #expect(abs(difference.value) < 1e-6)
  }

  @Test(arguments: [
    (#"territory.advance_from_maps(b, a, "donbas")"#, "module.unknown_sector"),
    (
      #"territory.advance_from_maps(b, a, [36.7, 50.1, 36.3, 50.4], before_day: 2024-05-01, after_day: 2024-06-10)"#,
      "evaluation.invalid_argument"
    ),
    (#"territory.advance_from_maps(b, a, [36.3, 50.1, 36.7, 50.4])"#, "evaluation.invalid_argument"),
    (
      #"territory.advance_from_maps(b, a, [36.3, 50.1, 36.7, 50.4], before_day: 2024-06-10, after_day: 2024-05-01)"#,
      "evaluation.invalid_argument"
    ),
    (
      #"territory.advance_from_maps(b, a, [10, 10, 11, 11], before_day: 2024-05-01, after_day: 2024-06-10)"#,
      "module.no_front_line"
    ),
  ])
  func badCallsAreRefused(_ call: String, _ id: String) throws {
    let outcome = try ExampleRunner.run(Self.fixtures + call)
    #expect(!outcome.succeeded)
    #expect(outcome.errors.joined().contains("[\(id)]"), "\(outcome.errors)")
  }
}
