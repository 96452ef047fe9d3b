import AttritionSDK
import Testing

/// The SDK's detector of steps and spikes, on small series whose answers are known by hand.
@Suite struct SeriesJumpDetectorTests {
  private static func day(_ text: String) -> Day {
    guard let day = Day(iso: text) else { preconditionFailure("bad day \(text)") }
    return day
  }

  /// A daily series from 2024-01-01 with the given totals, one a day.
  private static func series(_ totals: [Double], unit: Unit = .none) throws -> CumulativeSeries {
    let start = day("2024-01-01")
    return try CumulativeSeries(
      name: "x", points: totals.enumerated().map { .exact(start.adding(days: $0.offset), $0.element) }, unit: unit)
  }

  @Test func aJumpThatComesBackIsASpikeAndOneThatStaysIsAStep() throws {
    // +900 on 01-03, back on 01-06 (within half of it); −500 on 01-08, never back.
    let series = try Self.series([100, 101, 1001, 1003, 1002, 102, 103, -397, -396, -395])
    let jumps = series.jumps(JumpRule(threshold: 400))
    #expect(jumps.count == 2)
    let spike = try #require(jumps.first)
    #expect(spike.kind == .spike && spike.day == Self.day("2024-01-03") && spike.change == 900)
    #expect(spike.revertedOn == Self.day("2024-01-06"))
    #expect(spike.outOfLine == 2..<5 && spike.increments == 2...5)
    let step = try #require(jumps.last)
    #expect(step.kind == .step && step.day == Self.day("2024-01-08") && step.change == -500)
    #expect(step.revertedOn == nil && step.outOfLine.isEmpty && step.increments == 7...7)
  }

  @Test func aReturnAfterTheRevertDaysIsAStepEachWay() throws {
    let series = try Self.series([0, 0, 1000, 1000, 1000, 1000, 0, 0])
    // Up on 01-03, back on 01-07: four days.
    #expect(series.jumps(JumpRule(threshold: 500, revertDays: 3)).map(\.kind) == [.step, .step])
    #expect(series.jumps(JumpRule(threshold: 500, revertDays: 3)).first?.revertedOn == nil)
    let within = series.jumps(JumpRule(threshold: 500, revertDays: 4))
    #expect(within.map(\.kind) == [.spike] && within.first?.revertedOn == Self.day("2024-01-07"))
  }

  @Test func aPartialReturnIsNoReturn() throws {
    // Back to 600 is not within half of the +1000 jump of where it was (0).
    let series = try Self.series([0, 1000, 600, 600])
    #expect(series.jumps(JumpRule(threshold: 300)).map(\.kind) == [.step, .step])
  }

  @Test func areaSeriesDefaultTo1000SquareKilometres() throws {
    let kilometres = try Self.series([100, 1099, 2099], unit: Unit(.kilometre, exponent: 2))
    #expect(kilometres.defaultJumpThreshold == 1_000)
    #expect(kilometres.jumps().map(\.day) == [Self.day("2024-01-03")])
    let hectares = try Self.series([0, 1], unit: Unit(.hectare))
    #expect(hectares.defaultJumpThreshold == 100_000)
  }

  @Test func otherSeriesDefaultToTenTimesTheir99thPercentileChange() throws {
    // 200 changes of 1..200, then a +5,000 spike that comes back.
    var totals: [Double] = [0]
    for change in 1...200 { totals.append(totals[totals.count - 1] + Double(change)) }
    let ordinary = try Self.series(totals)
    #expect(ordinary.defaultJumpThreshold == 10 * Double(199 * 99 / 100 + 1))
    #expect(ordinary.jumps().isEmpty)
    let last = totals[totals.count - 1]
    let glitched = try Self.series(totals + [last + 5_000, last + 1])
    #expect(glitched.defaultJumpThreshold == 10 * Double(201 * 99 / 100 + 1))
    #expect(glitched.jumps().map(\.kind) == [.spike])
    #expect(try Self.series(Array(repeating: 1, count: 50)).defaultJumpThreshold == nil, "too short to tell")
  }

  @Test func theWarningNamesDaysSizesAndKinds() throws {
    let series = try Self.series([100, 101, 1001, 1003, 1002, 102, 103, -397], unit: Unit(.kilometre, exponent: 2))
    let rule = JumpRule(threshold: 400)
    let message = try #require(
      series.describe(jumps: series.jumps(rule), threshold: 400, revertDays: 10, place: "here", effect: "beware"))
    #expect(
      message
        == "'x' has 2 changes of at least 400 km² from one day to the next here: a step (not reverted within 10 days) "
        + "of −500 km² on 2024-01-08; a spike of +900 km² on 2024-01-03, back on 2024-01-06 (the totals of "
        + "2024-01-03..2024-01-05 are out of line); beware")
  }

  @Test func aSustainedCrossingIsFoundPastASpike() throws {
    let series = try Self.series([100, 101, 1001, 1003, 102, 103, 600, 1200, 1300])
    let jumps = series.jumps(JumpRule(threshold: 400))
    let (index, skipped) = series.firstSustainedIndex(reaching: 1000, jumps: jumps)
    #expect(index == 7)
    #expect(skipped.map(\.day) == [Self.day("2024-01-03")])
    let never = series.firstSustainedIndex(reaching: 5000, jumps: jumps)
    #expect(never.index == nil && never.skipped.isEmpty)
  }
}
