import AttritionCore
import Testing

/// Human number formatting: exact figures, estimates with bounds, table cells and plain text.
@Suite("NumberFormat: exact figures, estimates, cells and plain text")
struct NumberFormatTests {
  @Test(
    "exact figures: integers in full with separators, others to 4 significant digits",
    arguments: [
      (950_000, "950,000"), (2.375, "2.375"), (0.35, "0.35"), (793.650_793_650_793_6, "793.7"),
      (0.008_283, "0.008283"), (0.008_283_247_298_004_73, "0.008283"), (9.596_928_982_725_528, "9.597"),
      (0, "0"), (-0.0, "0"), (1, "1"), (521, "521"), (1_197, "1,197"), (1_000, "1,000"),
      (999_999_999_999_999, "999,999,999,999,999"), (0.1 + 0.2, "0.3"), (123_456.7, "123,457"), (0.0001, "0.0001"),
      (3.125, "3.125"), (4.166_666_666_666_667, "4.167"),
    ] as [(Double, String)])
  func exact(_ value: Double, _ expected: String) {
    #expect(NumberFormat.exact(value) == expected)
  }

  @Test(
    "negative exact figures",
    arguments: [
      (-950_000, "-950,000"), (-2.375, "-2.375"), (-0.35, "-0.35"), (-793.650_793_650_793_6, "-793.7"),
      (-1_197, "-1,197"), (-0.008_283, "-0.008283"), (-1e-7, "-1e-7"), (-3.7e18, "-3.7e18"),
    ] as [(Double, String)])
  func negativeExact(_ value: Double, _ expected: String) {
    #expect(NumberFormat.exact(value) == expected)
  }

  @Test(
    "very large and very small figures are scientific",
    arguments: [
      (1e20, "1e20"), (1e15, "1e15"), (2.5e16, "2.5e16"), (1e-7, "1e-7"), (1.5e-5, "1.5e-5"), (1e-5, "1e-5"),
      (1.234_56e-5, "1.235e-5"), (1e100, "1e100"), (1e300, "1e300"), (1.797_693_134_862_315_7e308, "1.798e308"),
    ] as [(Double, String)])
  func scientific(_ value: Double, _ expected: String) {
    #expect(NumberFormat.exact(value) == expected)
  }

  @Test(
    "scientific powers of ten have mantissa 1",
    arguments: [-300, -250, -200, -150, -100, -50, -20, -10, -5, 15, 20, 50, 100, 200, 300])
  func powersOfTen(_ exponent: Int) throws {
    let value = try #require(Double("1e\(exponent)"))
    #expect(NumberFormat.exact(value) == "1e\(exponent)")
  }

  @Test(
    "a mantissa that rounds up to 10 moves to the next power of ten",
    arguments: [(9.9996e20, "1e21"), (9.999_96e-8, "1e-7"), (-9.9999e30, "-1e31")] as [(Double, String)])
  func mantissaRoundingUp(_ value: Double, _ expected: String) {
    #expect(NumberFormat.exact(value) == expected)
  }

  @Test(
    "subnormal numbers are written, not 'inf'",
    arguments: [("5e-324", "4.941e-324"), ("1e-310", "1e-310"), ("2.225e-309", "2.225e-309")])
  func subnormals(_ text: String, _ expected: String) throws {
    let value = try #require(Double(text))
    #expect(value.isSubnormal)
    #expect(NumberFormat.exact(value) == expected)
  }

  @Test(
    "estimates: 3 significant digits, bounds to the same place; one-sided and unknown bounds",
    arguments: [
      (3.125, 2.5, 4.166_666_666_666_667, "3.13 [2.50 – 4.17]"),
      (950_000, 950_000, nil, "at least 950,000"),
      (250_000, nil, 250_000, "up to 250,000"),
      (1_800, 1_800, nil, "at least 1,800"),
      (5, 3, nil, "5.00 [3.00 – ?]"),
      (5, nil, 7, "5.00 [? – 7.00]"),
      (80_000, 60_000, 100_000, "80,000 [60,000 – 100,000]"),
      (0.35, 0.3, 0.4, "0.350 [0.300 – 0.400]"),
      (-3.125, -4.166_666_666_666_667, -2.5, "-3.13 [-4.17 – -2.50]"),
      (-950_000, nil, -950_000, "up to -950,000"),
      (-250_000, -250_000, nil, "at least -250,000"),
      (0, -1, 1, "0.00 [-1.00 – 1.00]"),
      (2.375, 2.375, 2.375, "2.375"),
      (1e20, 1e19, 1e21, "1e20 [1e19 – 1e21]"),
      (1e-7, 5e-8, 2e-7, "1e-7 [5e-8 – 2e-7]"),
    ] as [(Double, Double?, Double?, String)])
  func estimate(_ value: Double, _ low: Double?, _ high: Double?, _ expected: String) {
    #expect(NumberFormat.estimate(value: value, low: low, high: high) == expected)
  }

  @Test(
    "huge bounds around a small value do not crash and print no 'inf' or 'nan'",
    arguments: [
      (1, -1e300, 1e300), (0.5, 0, 1e16), (0.001, -1e14, 1e14), (0.5, -9e14, 9e14), (1e-300, -1e300, 1e300),
      (1e-7, 0, 1), (0.000_1, 0, 1e14), (1, nil, 1.797_693_134_862_315_7e308), (50, 0, 9.99e14),
      (.leastNonzeroMagnitude, 0, .greatestFiniteMagnitude), (-1e-9, -1e308, nil),
    ] as [(Double, Double?, Double?)])
  func hugeBounds(_ value: Double, _ low: Double?, _ high: Double?) {
    let text = NumberFormat.estimate(value: value, low: low, high: high)
    #expect(text.contains(" – "))
    #expect(!text.lowercased().contains("inf") && !text.lowercased().contains("nan"), "\(text)")
  }

  @Test("non-finite figures print without hanging")
  func nonFinite() {
    #expect(!NumberFormat.exact(.infinity).isEmpty)
    #expect(!NumberFormat.exact(-.infinity).isEmpty)
    #expect(!NumberFormat.cell(.infinity).isEmpty)
    #expect(!NumberFormat.estimate(value: .infinity, low: 0, high: nil).isEmpty)
  }

  @Test(
    "table cells: the value as recorded up to 6 significant digits (never cutting the integer part)",
    arguments: [
      (1_234_567.5, "1,234,568"), (-0.5, "-0.5"), (-1_234.5, "-1,234.5"), (5, "5"), (-5, "-5"),
      (0.300_000_000_000_000_04, "0.3"), (950_000, "950,000"), (1e20, "1e20"), (1e-7, "1e-7"),
      (2.375, "2.375"), (0, "0"), (57_309.166, "57,309.2"), (0.734_167_893_961_708_3, "0.734168"),
    ] as [(Double, String)])
  func cell(_ value: Double, _ expected: String) {
    #expect(NumberFormat.cell(value) == expected)
  }

  @Test("a NaN cell is empty")
  func nanCell() {
    #expect(NumberFormat.cell(.nan) == "")
  }

  @Test(
    "plain: shortest round-tripping text without a trailing .0",
    arguments: [
      (950_000, "950000"), (2.375, "2.375"), (0.35, "0.35"), (-4, "-4"), (0.1 + 0.2, "0.30000000000000004"),
      (1e20, "1e+20"),
    ] as [(Double, String)])
  func plain(_ value: Double, _ expected: String) {
    #expect(NumberFormat.plain(value) == expected)
    #expect(Double(NumberFormat.plain(value)) == value)
  }
}
