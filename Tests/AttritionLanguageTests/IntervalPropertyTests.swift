import AttritionLanguage
import AttritionSDK
import Testing

/// Property tests of interval arithmetic through the language: for random ranges, every result of
/// exact inputs drawn inside the bounds lies inside the computed bounds.
@Suite("Interval arithmetic properties")
struct IntervalPropertyTests {
  /// A small deterministic generator (SplitMix64), so a failure can be replayed.
  struct Generator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// A random range with ends that have two decimals, optionally kept away from zero.
  static func range(_ generator: inout Generator, awayFromZero: Bool = false) -> (Double, Double) {
    func end() -> Double {
      var value = (Double(Int.random(in: -100_000...100_000, using: &generator)) / 100)
      if awayFromZero && abs(value) < 0.5 { value = value < 0 ? -0.5 : 0.5 }
      return value
    }
    var (low, high) = (end(), end())
    if low > high { swap(&low, &high) }
    if awayFromZero && low < 0 && high > 0 { if Bool.random(using: &generator) { high = -0.5 } else { low = 0.5 } }
    if awayFromZero && low > high { swap(&low, &high) }
    return (low, high)
  }

  /// A language literal for a range: `(low..high)`.
  static func literal(_ range: (Double, Double)) -> String {
    "(\(range.0)..\(range.1))"
  }

  /// A point drawn inside a range, ends included.
  static func point(in range: (Double, Double), _ generator: inout Generator) -> Double {
    switch Int.random(in: 0..<4, using: &generator) {
    case 0: range.0
    case 1: range.1
    default: Double.random(in: range.0...range.1, using: &generator)
    }
  }

  /// Whether `value` lies in `[low, high]`, allowing for rounding relative to the magnitudes.
  static func inside(_ value: Double, _ estimate: Estimate) -> Bool {
    guard let low = estimate.low, let high = estimate.high else { return false }
    let slack = 1e-9 * max(1, abs(low), abs(high), abs(value))
    return value >= low - slack && value <= high + slack && low <= estimate.value + slack
      && estimate.value <= high + slack
  }

  @Test(
    "+ − × ÷ min max of random ranges contain every result of points inside them",
    arguments: ["+", "-", "*", "/", "min", "max"])
  func binaryOperations(operation: String) throws {
    var generator = Generator(state: UInt64(operation.unicodeScalars.first?.value ?? 1))
    for _ in 0..<200 {
      let a = Self.range(&generator)
      let b = Self.range(&generator, awayFromZero: operation == "/")
      let source =
        ["min", "max"].contains(operation)
        ? "\(operation)(\(Self.literal(a)), \(Self.literal(b)))" : "\(Self.literal(a)) \(operation) \(Self.literal(b))"
      let result = try Script.estimate(source)
      for _ in 0..<20 {
        let (x, y) = (Self.point(in: a, &generator), Self.point(in: b, &generator))
        let exact: Double =
          switch operation {
          case "+": x + y
          case "-": x - y
          case "*": x * y
          case "/": x / y
          case "min": Swift.min(x, y)
          default: Swift.max(x, y)
          }
        #expect(Self.inside(exact, result), "\(source): \(x) \(operation) \(y) = \(exact) outside \(result)")
      }
    }
  }

  @Test("abs and negation of random ranges contain every result of points inside them")
  func unaryOperations() throws {
    var generator = Generator(state: 42)
    for _ in 0..<200 {
      let a = Self.range(&generator)
      let magnitude = try Script.estimate("abs(\(Self.literal(a)))")
      let negated = try Script.estimate("-\(Self.literal(a))")
      for _ in 0..<20 {
        let x = Self.point(in: a, &generator)
        #expect(Self.inside(abs(x), magnitude), "abs\(a): |\(x)| outside \(magnitude)")
        #expect(Self.inside(-x, negated), "-\(a): \(-x) outside \(negated)")
      }
    }
  }

  @Test("exact inputs give exact results: low = high = value")
  func exactStaysExact() throws {
    var generator = Generator(state: 7)
    for _ in 0..<200 {
      let x = Double(Int.random(in: 1...100_000, using: &generator)) / 100
      let y = Double(Int.random(in: 1...100_000, using: &generator)) / 100
      for operation in ["+", "-", "*", "/"] {
        let result = try Script.estimate("\(x) \(operation) \(y)")
        #expect(result.isExact, "\(x) \(operation) \(y) gave \(result)")
      }
    }
  }

  @Test("a divisor range that contains 0 is always refused, never infinite")
  func divisorAcrossZero() throws {
    var generator = Generator(state: 99)
    for _ in 0..<100 {
      let low = -Double(Int.random(in: 0...10_000, using: &generator)) / 100
      let high = Double(Int.random(in: 0...10_000, using: &generator)) / 100
      #expect(
        Script.diagnosticID("1 / (\(low)..\(high))") == "evaluation.divisor_range_contains_zero", "\(low)..\(high)")
    }
  }
}
