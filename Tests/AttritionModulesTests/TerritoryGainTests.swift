import AttritionCore
import Testing

/// Gains over NZZ's daily area series (liveuamap via NZZ), with its glitch of 2023-10-24..30 and
/// its method change of 2024-03-14.
@Suite("territory: gains over a daily area series")
struct TerritoryGainTests {
  static let nzz = #"let nzz = load("\#(TerritoryProbe.dataset("nzz/territory.csv"))")"# + "\n"

  @Test("2024-01-01..2025-06-04 comes out at −10,819 km², with a warning naming the −16,619 km² step of 2024-03-14")
  func methodChange() throws {
    let (results, warnings) = try TerritoryProbe.run(Self.nzz + "territory.gain(nzz, 2024-01-01..2025-06-04)")
    let value = try #require(results.last?["value"] as? Double)
    #expect(abs(value - -10_819) < 1)
    #expect(results.last?["unit"] as? String == "km²")
    let warning = try #require(warnings.first)
    #expect(warnings.count == 1)
    #expect(warning.hasPrefix("warning: 'area' has a change of at least 1,000 km² from one day to the next"))
    #expect(
      warning.contains(
        "inside 2024-01-01..2025-06-04: a step (not reverted within 10 days) of −16,619 km² on 2024-03-14"))
    #expect(warning.contains("meaningless"))
  }

  @Test("a period across the glitch of 2023-10-24..30 names it as one spike, with its first and last day")
  func glitch() throws {
    let (_, warnings) = try TerritoryProbe.run(Self.nzz + "territory.gain(nzz, 2023-10-01..2023-11-30)")
    let warning = try #require(warnings.first)
    #expect(warning.contains("a spike of +643,829 km² on 2023-10-24, back on 2023-10-31"))
    #expect(warning.contains("the totals of 2023-10-24..2023-10-30 are out of line"))
    #expect(warning.contains("nets out"), "a spike reverted inside the period nets out of the gain")
  }

  @Test("after the method change the gain is positive and nothing is flagged")
  func clean() throws {
    let (results, warnings) = try TerritoryProbe.run(Self.nzz + "territory.gain(nzz, 2024-04-01..2025-06-04)")
    #expect((results.last?["value"] as? Double ?? 0) > 0)
    #expect(warnings.isEmpty)
  }

  @Test("a higher threshold silences the method change; the gain is the same")
  func threshold() throws {
    let (results, warnings) = try TerritoryProbe.run(
      Self.nzz + "territory.gain(nzz, 2024-01-01..2025-06-04, jump: 20000 km²)")
    #expect(abs((results.last?["value"] as? Double ?? 0) - -10_819) < 1)
    #expect(warnings.isEmpty)
  }

  @Test("pace over a series divides its gain by the days, and warns the same way")
  func paceOfSeries() throws {
    let (results, warnings) = try TerritoryProbe.run(Self.nzz + "territory.pace(nzz, 2024-04-01..2025-06-04)")
    let gain = try TerritoryProbe.figure(Self.nzz + "territory.gain(nzz, 2024-04-01..2025-06-04)")
    #expect(TerritoryProbe.close(results.last?["value"] as? Double, gain.value / 430))
    #expect(warnings.isEmpty)
    #expect(results.last?["unit"] as? String == "km²/day")
  }

  @Test("cum(end) − cum(day before start): the first day's change counts")
  func dayBeforeStart() throws {
    let figure = try TerritoryProbe.figure(
      """
      let s = table(date: [2024-01-01, 2024-01-02, 2024-01-03], area: [100, 110, 130])
      territory.gain(s, 2024-01-02..2024-01-03)
      """)
    #expect(figure.value == 30)
  }
}
