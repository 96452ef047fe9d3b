import AttritionCore
import Testing

/// The casualty functions on literal figures: the CSIS seed, bounds, units and sources.
@Suite struct CasualtyRatioTests {
  /// The seed figures, as a person reads them.
  @Test(
    "seed figures print as documented",
    arguments: [
      ("casualty.ratio(950k, 400k)", "2.375"),
      ("casualty.killed_share(250k, 950k)", "0.2632"),
      ("casualty.killed_share(upto(250k), 950k)", "up to 0.263"),
      ("casualty.wounded_per_killed(250k, 950k)", "2.8"),
      ("casualty.per_day(950k, 2022-02-24..2025-06-04)", "793.7 /day"),
      ("casualty.per_km2(100k casualties, 5000 km²)", "20 casualties/km²"),
    ])
  func seedPrints(_ code: String, _ expected: String) throws {
    let outcome = try ExampleRunner.run(code)
    #expect(outcome.succeeded)
    #expect(outcome.errors.isEmpty)
    #expect(outcome.output == [expected])
  }

  @Test func seedValues() throws {
    let ratio = try CasualtyProbe.figure("casualty.ratio(950k, 400k)")
    #expect(ratio.value == 2.375 && ratio.low == 2.375 && ratio.high == 2.375 && ratio.unit.isEmpty)

    let share = try CasualtyProbe.figure("casualty.killed_share(250k, 950k)")
    #expect(CasualtyProbe.close(share.value, 250.0 / 950) && share.low == share.value && share.high == share.value)
    #expect((share.value * 1000).rounded() / 1000 == 0.263)

    let upTo = try CasualtyProbe.figure("casualty.killed_share(upto(250k), 950k)")
    #expect(upTo.low == nil)
    #expect(CasualtyProbe.close(upTo.high, 250.0 / 950))

    let wounded = try CasualtyProbe.figure("casualty.wounded_per_killed(250k, 950k)")
    #expect(CasualtyProbe.close(wounded.value, 2.8) && CasualtyProbe.close(wounded.low, 2.8))

    let perDay = try CasualtyProbe.figure("casualty.per_day(950k casualties, 2022-02-24..2025-06-04)")
    #expect(CasualtyProbe.close(perDay.value, 950_000.0 / 1197))
    #expect((perDay.value * 100).rounded() / 100 == 793.65)
    #expect(perDay.unit == "casualties/day")
  }

  @Test func rangesPropagate() throws {
    let ratio = try CasualtyProbe.figure("casualty.ratio(950k, 60k..100k)")
    #expect(ratio.value == 11.875)
    #expect(CasualtyProbe.close(ratio.low, 9.5) && CasualtyProbe.close(ratio.high, 950.0 / 60))

    let share = try CasualtyProbe.figure("casualty.killed_share(60k..100k, 400k)")
    #expect(CasualtyProbe.close(share.low, 0.15) && CasualtyProbe.close(share.high, 0.25))

    let perKilled = try CasualtyProbe.figure("casualty.wounded_per_killed(60k..100k, 400k)")
    #expect(CasualtyProbe.close(perKilled.value, 4) && CasualtyProbe.close(perKilled.low, 3))
    #expect(CasualtyProbe.close(perKilled.high, 400.0 / 60 - 1))

    let perDay = try CasualtyProbe.figure("casualty.per_day(60k..100k killed, 1197 days)")
    #expect(CasualtyProbe.close(perDay.low, 60_000.0 / 1197) && perDay.unit == "killed/day")
  }

  @Test func unknownBoundsStayUnknown() throws {
    // A divisor known only from above may be any positive number below it: the ratio has no upper bound.
    let ratio = try CasualtyProbe.figure("casualty.ratio(950k, upto(400k))")
    #expect(ratio.high == nil && CasualtyProbe.close(ratio.low, 2.375))
    let share = try CasualtyProbe.figure("casualty.killed_share(upto(250k), atleast(950k))")
    #expect(CasualtyProbe.close(share.high, 250.0 / 950) && share.low == nil)
  }

  @Test func aShareStaysWithinZeroAndOne() throws {
    // Independent ranges would allow 100k / 90k; a share cannot exceed 1.
    let share = try CasualtyProbe.figure("casualty.killed_share(60k..100k, 90k..500k)")
    #expect(share.high == 1 && (share.low ?? -1) >= 0)
  }

  @Test func sourcesFlowIntoResults() throws {
    let ratio = try CasualtyProbe.figure(#"casualty.ratio(cite(950k, "A"), cite(60k..100k, "B"))"#)
    #expect(ratio.sources == ["A", "B"])
    let perDay = try CasualtyProbe.figure(#"casualty.per_day(cite(950k, "A"), 2022-02-24..2025-06-04)"#)
    #expect(perDay.sources == ["A"])
  }

  @Test func unitsConvert() throws {
    let perKm2 = try CasualtyProbe.figure("casualty.per_km2(100k, 500000 ha)")
    #expect(CasualtyProbe.close(perKm2.value, 20) && perKm2.unit == "/km²")
    let mixed = try CasualtyProbe.figure("casualty.ratio(250k killed, 950k casualties)")
    #expect(mixed.unit.isEmpty && CasualtyProbe.close(mixed.value, 250.0 / 950))
    let percent = try CasualtyProbe.figure("casualty.from_coverage(122883 killed, 45%..65%)")
    #expect(CasualtyProbe.close(percent.low, 122_883 / 0.65) && CasualtyProbe.close(percent.high, 122_883 / 0.45))
    #expect(percent.unit == "killed")
  }

  @Test func aDurationMayBeAPeriodOrDays() throws {
    let period = try CasualtyProbe.figure("casualty.per_day(950k, 2022-02-24..2025-06-04)")
    let days = try CasualtyProbe.figure("casualty.per_day(950k, 1197 days)")
    let plain = try CasualtyProbe.figure("casualty.per_day(950k, 1197)")
    #expect(period.value == days.value && days.value == plain.value)
    let weeks = try CasualtyProbe.figure("casualty.per_day(7000, 1 week)")
    #expect(CasualtyProbe.close(weeks.value, 1000))
  }
}
