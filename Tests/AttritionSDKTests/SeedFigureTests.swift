import AttritionSDK
import Testing

/// The figures of the CSIS seed claims, computed on the SDK directly.
@Suite("Seed figures on the SDK")
struct SeedFigureTests {
  private func unit(_ name: String) throws -> Unit {
    try #require(Unit.named(name), "no unit named \(name)")
  }

  private func day(_ text: String) throws -> Day {
    try #require(Day(iso: text), "not a day: \(text)")
  }

  @Test("950,000 / 400,000 = 2.375, exact")
  func casualtyRatio() throws {
    let ratio = try Estimate.exact(950_000).dividing(by: .exact(400_000))
    #expect(ratio.value == 2.375)
    #expect(ratio.isExact)
    #expect(ratio.unit == .none)
  }

  @Test("250,000 / 60,000..100,000 = 3.125 with bounds 2.5 and 4.1666…")
  func killedRatio() throws {
    let ratio = try Estimate.exact(250_000).dividing(by: .range(60_000, 100_000))
    #expect(ratio.value == 3.125)
    #expect(ratio.low == 2.5)
    let high = try #require(ratio.high)
    #expect(abs(high - 25.0 / 6) < 1e-12)
  }

  @Test("5,000 km² / 521 day = 9.5969… km²/day")
  func territorialPace() throws {
    let pace = try Estimate.exact(5_000, unit: unit("km²")).dividing(by: .exact(521, unit: unit("day")))
    #expect(abs(pace.value - 9.596_928_982_725_528) < 1e-12)
    #expect(pace.isExact)
    #expect(pace.unit.description == "km²/day")
    #expect(pace.unit.dimension == Dimension(exponents: ["length": 2, "time": -1]))
  }

  @Test("5,000 km² / 603,628 km² = 0.008283…, a plain number")
  func shareOfUkraine() throws {
    let share = try Estimate.exact(5_000, unit: unit("km²")).dividing(by: .exact(603_628, unit: unit("km2")))
    #expect(abs(share.value - 0.008_283_247_298_004_73) < 1e-15)
    #expect(share.unit == .none)
    #expect(share.unit.description == "")
  }

  @Test("50 m/day converted to km/week = 0.35")
  func advanceConversion() throws {
    let perDay = Unit.quotient(try unit("m"), try unit("day"))
    #expect(perDay.factor == 1)
    let perWeek = Unit.quotient(try unit("km"), try unit("week")).unit
    #expect(perWeek.description == "km/week")
    let advance = try Estimate.exact(50, unit: perDay.unit).converted(to: perWeek)
    #expect(abs(advance.value - 0.35) < 1e-12)
    #expect(advance.unit == perWeek)
    #expect(advance.isExact)
  }

  @Test("2022-02-24..2025-06-04 holds 1,197 days")
  func fullWarPeriod() throws {
    let period = try #require(Period(start: day("2022-02-24"), end: day("2025-06-04")))
    #expect(period.dayCount == 1_197)
  }

  @Test("2024-01-01..2025-06-04 holds 521 days")
  func sinceJanuary2024() throws {
    let period = try #require(Period(start: day("2024-01-01"), end: day("2025-06-04")))
    #expect(period.dayCount == 521)
    #expect(period.description == "2024-01-01..2025-06-04")
  }

  @Test("1,800 tanks over 521 days is 3.45… tanks/day")
  func tankRate() throws {
    let rate = try Estimate.atLeast(1_800, unit: unit("tanks")).dividing(by: .exact(521, unit: unit("days")))
    #expect(rate.unit.description == "tanks/day")
    #expect(rate.low == 1_800.0 / 521)
    #expect(rate.high == nil)
  }
}
