import AttritionSDK
import Testing

/// Units: the catalog, products, quotients, conversion factors and how units print.
@Suite("Units: catalog, algebra, conversion and description")
struct UnitTests {
  private func unit(_ name: String) throws -> Unit {
    try #require(Unit.named(name), "no unit named \(name)")
  }

  @Test(
    "catalog names print as their symbol",
    arguments: [
      ("m", "m"), ("km", "km"), ("m²", "m²"), ("m2", "m²"), ("km²", "km²"), ("km2", "km²"), ("ha", "ha"),
      ("day", "day"), ("days", "day"), ("week", "week"), ("weeks", "week"), ("month", "month"),
      ("year", "year"), ("years", "year"), ("%", "%"), ("tanks", "tanks"), ("killed", "killed"),
    ])
  func catalogDescriptions(_ name: String, _ expected: String) throws {
    #expect(try unit(name).description == expected)
  }

  @Test("unknown names are not units", arguments: ["", "kilometre", "KM", "tank", "km^2", "day "])
  func unknownNames(_ name: String) {
    #expect(Unit.named(name) == nil)
  }

  @Test("km2 and km² are the same unit")
  func asciiAlias() throws {
    #expect(try unit("km2") == unit("km²"))
    #expect(try unit("days") == unit("day"))
  }

  @Test(
    "conversion factors between units of one dimension",
    arguments: [
      ("km", "m", 1_000.0), ("m", "km", 0.001), ("km²", "m²", 1e6), ("ha", "m²", 1e4), ("km²", "ha", 100),
      ("ha", "km²", 0.01), ("week", "day", 7), ("year", "day", 365.2425), ("month", "day", 30.436_875),
      ("year", "month", 12), ("killed", "casualties", 1),
    ])
  func conversionFactors(_ from: String, _ to: String, _ expected: Double) throws {
    let factor = try #require(try unit(from).conversionFactor(to: unit(to)))
    #expect(abs(factor - expected) <= 1e-12 * expected)
  }

  @Test(
    "no conversion between dimensions",
    arguments: [("km", "day"), ("km²", "km"), ("tanks", "aircraft"), ("tanks", "personnel"), ("ha", "m")])
  func incompatibleConversions(_ from: String, _ to: String) throws {
    #expect(try unit(from).conversionFactor(to: unit(to)) == nil)
    #expect(try !unit(from).isCompatible(with: unit(to)))
  }

  @Test("percent is a dimensionless hundredth")
  func percent() throws {
    let percent = try unit("%")
    #expect(percent.dimension.isNone)
    #expect(percent.conversionFactor(to: .none) == 0.01)
    #expect(Unit.none.conversionFactor(to: percent) == 100)
  }

  @Test("products: km × km = km², km × m = km² times 0.001")
  func products() throws {
    let square = Unit.product(try unit("km"), try unit("km"))
    #expect(square.unit == (try unit("km²")))
    #expect(square.factor == 1)
    let mixed = Unit.product(try unit("km"), try unit("m"))
    #expect(mixed.unit.description == "km²")
    #expect(mixed.factor == 0.001)
  }

  @Test("quotients: km²/day; km/week × day = km times 1/7; km²/km² is a plain number")
  func quotients() throws {
    let pace = Unit.quotient(try unit("km²"), try unit("day"))
    #expect(pace.unit.description == "km²/day")
    #expect(pace.factor == 1)
    let weekly = Unit.quotient(try unit("km"), try unit("week")).unit
    let distance = Unit.product(weekly, try unit("day"))
    #expect(distance.unit == (try unit("km")))
    #expect(abs(distance.factor - 1.0 / 7) < 1e-15)
    #expect(Unit.quotient(try unit("km²"), try unit("km2")).unit == .none)
  }

  @Test("people share the personnel dimension: killed / casualties is a plain number")
  func personnelRatio() throws {
    let ratio = Unit.quotient(try unit("killed"), try unit("casualties"))
    #expect(ratio.unit.isNone)
    #expect(ratio.factor == 1)
  }

  @Test("a percentage next to another unit is absorbed: 5 % × tanks = tanks times 0.01")
  func percentAbsorbed() throws {
    let share = Unit.product(try unit("%"), try unit("tanks"))
    #expect(share.unit == (try unit("tanks")))
    #expect(share.factor == 0.01)
  }

  @Test("descriptions: denominators, several factors, inverse units")
  func descriptions() throws {
    #expect(try unit("day").power(-1).description == "/day")
    let perKm2Day = Unit.quotient(try unit("tanks"), Unit.product(try unit("km²"), try unit("day")).unit).unit
    #expect(perKm2Day.description == "tanks/(km²·day)")
    #expect(Unit.product(try unit("km"), try unit("day")).unit.description == "km·day")
    #expect(try unit("m").power(3).description == "m³")
    #expect(try unit("m").power(-12).description == "/m¹²")
    #expect(Unit.none.description == "")
  }

  @Test("dimensions: exponents, zero exponents dropped, readable description")
  func dimensions() throws {
    #expect(try unit("km²").dimension == Dimension.length.power(2))
    #expect(try unit("ha").dimension == unit("m²").dimension)
    #expect(Dimension(exponents: ["length": 0]).isNone)
    #expect((Dimension.length * Dimension.length.power(-1)).isNone)
    #expect(Unit.quotient(try unit("km²"), try unit("day")).unit.dimension.description == "length^2·time^-1")
    #expect(Dimension.none.description == "dimensionless")
    #expect(try unit("tanks").dimension == Dimension.count("tanks"))
  }

  @Test("Unit(factors:) merges repeated bases and drops zero exponents")
  func factorMerging() {
    let unit = Unit(factors: [
      .init(base: .metre, exponent: 1), .init(base: .day, exponent: -1), .init(base: .metre, exponent: 1),
    ])
    #expect(unit.description == "m²/day")
    #expect(Unit(factors: [.init(base: .metre, exponent: 1), .init(base: .metre, exponent: -1)]) == .none)
    #expect(Unit(.kilometre, exponent: 0).isNone)
  }

  @Test("scale: how many metres, days or items one unit is")
  func scale() throws {
    #expect(try unit("km²").scale == 1e6)
    #expect(try unit("week").scale == 7)
    #expect(Unit.quotient(try unit("km"), try unit("week")).unit.scale == 1_000.0 / 7)
  }
}
