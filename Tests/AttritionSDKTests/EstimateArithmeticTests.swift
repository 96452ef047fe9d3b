import AttritionSDK
import Testing

/// Estimate arithmetic by hand: unknown bounds, units, errors and sources.
@Suite("Estimate arithmetic: unknown bounds, units, errors and sources")
struct EstimateArithmeticTests {
  private func unit(_ name: String) throws -> Unit {
    try #require(Unit.named(name), "no unit named \(name)")
  }

  @Test("at least 5 plus 1 keeps an unknown upper bound")
  func atLeastPlusExact() throws {
    let sum = try Estimate.atLeast(5).adding(.exact(1))
    #expect(sum.value == 6)
    #expect(sum.low == 6)
    #expect(sum.high == nil)
  }

  @Test("at least 5 times 2 is at least 10, upper bound unknown")
  func atLeastTimesPositive() throws {
    let product = try Estimate.atLeast(5).multiplying(.exact(2))
    #expect(product.value == 10)
    #expect(product.low == 10)
    #expect(product.high == nil)
  }

  @Test("at least 5 times -2 has an unknown LOWER bound and upper bound -10")
  func atLeastTimesNegative() throws {
    let product = try Estimate.atLeast(5).multiplying(.exact(-2))
    #expect(product.value == -10)
    #expect(product.low == nil)
    #expect(product.high == -10)
  }

  @Test("up to 5 minus at least 1 is up to 4; at least 5 minus at least 1 is unbounded both ways")
  func subtractionOfOneSided() throws {
    let upTo = try Estimate.upTo(5).subtracting(.atLeast(1))
    #expect(upTo.value == 4)
    #expect(upTo.low == nil)
    #expect(upTo.high == 4)
    let unbounded = try Estimate.atLeast(5).subtracting(.atLeast(1))
    #expect(unbounded.low == nil)
    #expect(unbounded.high == nil)
  }

  @Test("at least 5 times an exact 0 is exactly 0: every value the unknown bound stands for gives 0")
  func unknownBoundTimesZero() throws {
    let product = try Estimate.atLeast(5).multiplying(.exact(0))
    #expect(product.isExact)
    #expect(product.value == 0)
  }

  @Test("10 divided by at least 5 is up to 2: the 0 it approaches rests on the unknown bound (Decision 0024)")
  func dividedByAtLeast() throws {
    let quotient = try Estimate.exact(10).dividing(by: .atLeast(5))
    #expect(quotient.value == 2)
    #expect(quotient.low == nil)
    #expect(quotient.high == 2)
  }

  @Test("negation swaps bounds, an unknown one included")
  func negationSwapsBounds() {
    let negated = Estimate.atLeast(5).negated()
    #expect(negated.value == -5)
    #expect(negated.low == nil)
    #expect(negated.high == -5)
    let range = Estimate.range(-2, 6).negated()
    #expect(range.low == -6)
    #expect(range.high == 2)
    #expect(range.value == -2)
  }

  @Test("magnitude: across zero the lower bound is 0; up to -5 becomes at least 5")
  func magnitudeBounds() {
    let across = Estimate.range(-6, 2).magnitude()
    #expect(across.value == 2)
    #expect(across.low == 0)
    #expect(across.high == 6)
    let negative = Estimate.upTo(-5).magnitude()
    #expect(negative.value == 5)
    #expect(negative.low == 5)
    #expect(negative.high == nil)
    let unknownBelow = Estimate.upTo(5).magnitude()
    #expect(unknownBelow.low == 0)
    #expect(unknownBelow.high == nil)
  }

  @Test("minimum and maximum work bound by bound")
  func minimumAndMaximum() throws {
    let minimum = try Estimate.range(1, 10).minimum(.atLeast(4))
    #expect(minimum.low == 1)
    #expect(minimum.high == 10)
    #expect(minimum.value == 4)
    let maximum = try Estimate.range(1, 10).maximum(.atLeast(4))
    #expect(maximum.low == 4)
    #expect(maximum.high == nil)
    #expect(maximum.value == 5.5)
  }

  @Test("1 km + 500 m = 1.5 km, in the left operand's unit")
  func additionConvertsRightOperand() throws {
    let sum = try Estimate.exact(1, unit: unit("km")).adding(.exact(500, unit: unit("m")))
    #expect(sum.value == 1.5)
    #expect(sum.isExact)
    #expect(sum.unit == (try unit("km")))
    let reversed = try Estimate.exact(500, unit: unit("m")).adding(.exact(1, unit: unit("km")))
    #expect(reversed.value == 1_500)
    #expect(reversed.unit == (try unit("m")))
  }

  @Test("range bounds convert with the value: 1..2 km - 500 m = 0.5..1.5 km")
  func rangeConversionInSubtraction() throws {
    let difference = try Estimate.range(1, 2, unit: unit("km")).subtracting(.exact(500, unit: unit("m")))
    #expect(difference.low == 0.5)
    #expect(difference.high == 1.5)
    #expect(difference.value == 1)
  }

  @Test("km² + day throws incompatibleUnits(km², day), left unit first")
  func dimensionMismatchAdding() throws {
    let area = try unit("km²")
    let day = try unit("day")
    #expect(throws: EstimateError.incompatibleUnits(area, day)) {
      try Estimate.exact(5_000, unit: area).adding(.exact(521, unit: day))
    }
    #expect(throws: EstimateError.incompatibleUnits(day, area)) {
      try Estimate.exact(521, unit: day).subtracting(.exact(5_000, unit: area))
    }
    #expect(throws: EstimateError.incompatibleUnits(area, day)) {
      try Estimate.exact(5_000, unit: area).minimum(.exact(521, unit: day))
    }
    #expect(throws: EstimateError.incompatibleUnits(area, day)) {
      try Estimate.exact(5_000, unit: area).maximum(.exact(521, unit: day))
    }
  }

  @Test("tanks never add to aircraft, nor a plain number to km")
  func countedDimensionsMismatch() throws {
    let tanks = try unit("tanks")
    let aircraft = try unit("aircraft")
    #expect(throws: EstimateError.incompatibleUnits(tanks, aircraft)) {
      try Estimate.exact(1_800, unit: tanks).adding(.exact(1, unit: aircraft))
    }
    #expect(throws: EstimateError.incompatibleUnits(.none, try unit("km"))) {
      try Estimate.exact(1).adding(.exact(1, unit: unit("km")))
    }
  }

  @Test("converting to another dimension throws incompatibleUnits(from, to)")
  func conversionMismatch() throws {
    let metre = try unit("m")
    let day = try unit("day")
    #expect(throws: EstimateError.incompatibleUnits(metre, day)) {
      try Estimate.exact(1, unit: metre).converted(to: day)
    }
  }

  @Test(
    "divisors whose range reaches zero throw, with the divisor's bounds",
    arguments: [
      Estimate.exact(0), .range(-1, 1), .range(0, 5), .range(-5, 0), .upTo(5), .atLeast(-5), .atLeast(0),
      Estimate(value: 3, low: nil, high: 5), Estimate(value: 3, low: nil, high: nil),
    ])
  func divisionByZeroRange(_ divisor: Estimate) {
    #expect(throws: EstimateError.divisorRangeContainsZero(low: divisor.low, high: divisor.high)) {
      try Estimate.exact(250_000).dividing(by: divisor)
    }
  }

  @Test("one-sided divisors away from zero divide", arguments: [Estimate.atLeast(2), .upTo(-2)])
  func divisionByOneSided(_ divisor: Estimate) throws {
    let quotient = try Estimate.exact(10).dividing(by: divisor)
    #expect(quotient.value == 10 / divisor.value)
  }

  @Test("an overflowing central value throws notFinite")
  func overflowThrows() {
    #expect(throws: EstimateError.notFinite) {
      try Estimate.exact(1e300).multiplying(.exact(1e300))
    }
  }

  @Test("a known bound that overflows throws notFinite rather than passing for an unknown one")
  func overflowingBoundThrows() {
    #expect(throws: EstimateError.notFinite) {
      try Estimate(value: 1, low: 1, high: 1e300).multiplying(.exact(1e10))
    }
  }

  @Test(
    "a known bound that overflows throws notFinite even when the other bound is unknown",
    arguments: [
      (Estimate(value: 1, low: nil, high: 1e300), Estimate.exact(1e10), "×"),
      (Estimate(value: 0, low: nil, high: 1.5e308), Estimate(value: 0, low: nil, high: 1.5e308), "+"),
      (Estimate(value: 1, low: -1e300, high: nil), Estimate.exact(1e-10), "÷"),
    ])
  func overflowingBoundBesideUnknownThrows(_ left: Estimate, _ right: Estimate, _ operation: String) {
    #expect(throws: EstimateError.notFinite) {
      switch operation {
      case "×": try left.multiplying(right)
      case "+": try left.adding(right)
      default: try left.dividing(by: right)
      }
    }
  }

  @Test("sources are the union of both operands, left first, without repeats")
  func provenanceUnion() throws {
    let csis = Source(citation: "CSIS, Russia's Battlefield Woes in Ukraine, 2025-06-03")
    let oryx = Source(citation: "Oryx")
    let left = Estimate.exact(950_000).citing(csis)
    let right = Estimate.exact(400_000).citing(oryx).citing(csis)
    let ratio = try left.dividing(by: right)
    #expect(ratio.provenance.sources == [csis, oryx])
    #expect(left.negated().provenance.sources == [csis])
    #expect(try left.converted(to: .none).provenance.sources == [csis])
  }

  @Test("range() puts the value at the midpoint; atLeast/upTo leave one bound unknown")
  func constructors() {
    let range = Estimate.range(60_000, 100_000)
    #expect(range.value == 80_000)
    #expect(!range.isExact)
    #expect(Estimate.exact(3).isExact)
    #expect(Estimate.atLeast(950_000).high == nil)
    #expect(Estimate.upTo(250_000).low == nil)
    #expect(!Estimate.atLeast(1).isExact)
  }
}
