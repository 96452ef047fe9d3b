import AttritionSDK
import Testing

@testable import EquipmentAttrition

/// `confirmed_window`'s bounds on random snapshot tables: a known daily running total, read only on
/// random days, must have its true window inside [low, high] for every period.
@Suite struct SnapshotWindowPropertyTests {
  /// A small, fixed generator, so a failure reproduces (Vigna's SplitMix64).
  struct Generator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var mixed = state
      mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
      mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
      return mixed ^ (mixed >> 31)
    }
  }

  @Test(arguments: [UInt64(0x0A7_2024), 0x5_4A95, 0x1_0000_0001])
  func theTrueWindowLiesWithinTheBounds(seed: UInt64) throws {
    var random = Generator(state: seed)
    let origin = try #require(Day(iso: "2024-01-01"))
    var failures: [String] = []
    var checked = 0
    for _ in 0..<300 {
      // A running total over 400 days: bursts, quiet spells, whole days with no loss.
      let days = 400
      var cumulative: [Double] = []
      var total = Double(Int.random(in: 0...5_000, using: &random))
      for _ in 0..<days {
        total += Bool.random(using: &random) ? Double(Int.random(in: 0...30, using: &random)) : 0
        cumulative.append(total)
      }
      // Snapshots on random days, gaps of 1 to 40 days.
      var snapshotDays: [Int] = []
      var day = Int.random(in: 0...20, using: &random)
      while day < days {
        snapshotDays.append(day)
        day += Int.random(in: 1...40, using: &random)
      }
      let window = SnapshotWindow(
        points: snapshotDays.map { .init(day: origin.adding(days: $0), low: cumulative[$0], high: cumulative[$0]) })
      for _ in 0..<10 {
        let start = Int.random(in: 1..<days, using: &random)
        let end = Int.random(in: start..<(days + 30), using: &random)
        guard let period = Period(start: origin.adding(days: start), end: origin.adding(days: end)),
          let result = window.losses(in: period)
        else { continue }
        checked += 1
        // The truth: cum(end) − cum(start − 1), with the total flat after the series ends.
        let truth = cumulative[min(end, days - 1)] - cumulative[start - 1]
        if let low = result.low, truth < low { failures.append("\(period): \(truth) below low \(low)") }
        if let high = result.high, truth > high { failures.append("\(period): \(truth) above high \(high)") }
        if let low = result.low, let high = result.high, !(low <= result.value && result.value <= high) {
          failures.append("\(period): central \(result.value) outside [\(low), \(high)]")
        }
        if end >= snapshotDays.last ?? 0, end > (snapshotDays.last ?? 0), result.high != nil {
          failures.append("\(period): ends after the last snapshot yet has an upper bound")
        }
      }
    }
    #expect(checked > 2_000)
    #expect(failures.isEmpty, "\(failures.count) failures, e.g. \(failures.prefix(5))")
  }

  @Test func aBoundEqualsTheCentralValueWhereASnapshotFallsOnItsDay() throws {
    let origin = try #require(Day(iso: "2024-01-01"))
    let window = SnapshotWindow(
      points: [(0, 100.0), (10, 110), (30, 150)].map {
        .init(day: origin.adding(days: $0.0), low: $0.1, high: $0.1)
      })
    // The day before the start (day 0) and the end (day 30) are snapshots: exact.
    let first = try #require(Period(start: origin.adding(days: 1), end: origin.adding(days: 30)))
    let exact = try #require(window.losses(in: first))
    #expect(exact.value == 50 && exact.low == 50 && exact.high == 50)
    // End on day 20, between 10 and 30: 110 − 100 to 150 − 100, interpolated 130 − 100.
    let second = try #require(Period(start: origin.adding(days: 1), end: origin.adding(days: 20)))
    let between = try #require(window.losses(in: second))
    #expect(between.value == 30 && between.low == 10 && between.high == 50)
  }
}
