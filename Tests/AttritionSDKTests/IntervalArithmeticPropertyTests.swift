import AttritionSDK
import Foundation
import Testing

/// Interval arithmetic on estimates, checked against random exact samples drawn inside the operands' bounds.
@Suite("Interval arithmetic: random samples stay inside the computed bounds")
struct IntervalArithmeticPropertyTests {
  /// Cases per operation and seed (each case checks several sample pairs).
  static let caseCount = 2_500
  /// Fixed seeds, so a failure reproduces.
  static let seeds: [UInt64] = [0x5EED_2022_0224, 0xA77_2025_0604]

  @Test("binary operations: every sample result lies inside the bounds", arguments: BinaryOperation.allCases, seeds)
  func binaryContainment(_ operation: BinaryOperation, seed: UInt64) {
    var random = SplitMix64(seed: seed)
    var failures: [String] = []
    var cases = 0
    var rejectedDivisors = 0
    while cases < Self.caseCount {
      let left = random.operand()
      let right = random.operand()
      if operation == .divide, right.rangeReachesZero {
        rejectedDivisors += 1
        continue
      }
      cases += 1
      let result: Estimate
      do {
        result = try operation.apply(left, right)
      } catch {
        failures.append("\(left) \(operation) \(right) threw \(error)")
        continue
      }
      let central = operation.sample(left.value, right.value)
      if result.value != central {
        failures.append("\(left) \(operation) \(right): value \(result.value), expected \(central)")
      }
      var pairs = [(left.value, right.value)]
      for _ in 0..<6 { pairs.append((random.sample(in: left), random.sample(in: right))) }
      for (x, y) in pairs {
        let exact = operation.sample(x, y)
        if !result.contains(exact) {
          failures.append("\(left) \(operation) \(right): sample \(x), \(y) → \(exact) outside \(result.boundsText)")
        }
      }
    }
    if operation == .divide { #expect(rejectedDivisors > 100) }
    #expect(failures.isEmpty, "\(failures.count) failures, e.g. \(failures.prefix(5))")
  }

  @Test("division by a range that reaches zero throws, unknown bounds included", arguments: seeds)
  func divisorReachingZeroThrows(seed: UInt64) {
    var random = SplitMix64(seed: seed)
    var failures: [String] = []
    var rejected = 0
    var unknownLow = 0
    while rejected < Self.caseCount {
      let left = random.operand()
      let right = random.operand()
      guard right.rangeReachesZero else { continue }
      rejected += 1
      if right.low == nil { unknownLow += 1 }
      do {
        let result = try left.dividing(by: right)
        failures.append("\(left) / \(right) gave \(result.boundsText) instead of throwing")
      } catch {
        if error != .divisorRangeContainsZero(low: right.low, high: right.high) {
          failures.append("\(left) / \(right) threw \(error)")
        }
      }
    }
    #expect(unknownLow > 100)
    #expect(failures.isEmpty, "\(failures.count) failures, e.g. \(failures.prefix(5))")
  }

  @Test("negation and magnitude: every sample result lies inside the bounds", arguments: UnaryOperation.allCases, seeds)
  func unaryContainment(_ operation: UnaryOperation, seed: UInt64) {
    var random = SplitMix64(seed: seed)
    var failures: [String] = []
    for _ in 0..<Self.caseCount {
      let operand = random.operand()
      let result = operation.apply(operand)
      if result.value != operation.sample(operand.value) {
        failures.append("\(operation) \(operand): value \(result.value)")
      }
      var samples = [operand.value]
      for _ in 0..<6 { samples.append(random.sample(in: operand)) }
      for x in samples where !result.contains(operation.sample(x)) {
        failures.append("\(operation) \(operand): sample \(x) → \(operation.sample(x)) outside \(result.boundsText)")
      }
    }
    #expect(failures.isEmpty, "\(failures.count) failures, e.g. \(failures.prefix(5))")
  }

  @Test("exact ∘ exact stays exact (low == high == value)", arguments: BinaryOperation.allCases)
  func exactStaysExact(_ operation: BinaryOperation) throws {
    var random = SplitMix64(seed: 0xE4AC7)
    var failures: [String] = []
    for _ in 0..<Self.caseCount {
      let left = Estimate.exact(random.signedMagnitude())
      var right = Estimate.exact(random.signedMagnitude())
      if operation == .divide, right.value == 0 { right = .exact(1) }
      let result = try operation.apply(left, right)
      if !(result.isExact && result.low == result.value && result.high == result.value) {
        failures.append("\(left) \(operation) \(right) → \(result.boundsText)")
      }
    }
    #expect(failures.isEmpty, "\(failures.count) failures, e.g. \(failures.prefix(5))")
  }

  @Test("exact operands stay exact through negation and magnitude", arguments: UnaryOperation.allCases)
  func exactStaysExactUnary(_ operation: UnaryOperation) {
    var random = SplitMix64(seed: 0xE4AC8)
    for _ in 0..<Self.caseCount {
      let result = operation.apply(.exact(random.signedMagnitude()))
      guard result.isExact else {
        Issue.record("\(operation) gave \(result.boundsText)")
        return
      }
    }
  }

  @Test("mixed units: km ± m samples, converted to km, lie inside the bounds", arguments: seeds)
  func mixedUnitAddition(seed: UInt64) throws {
    let kilometre = try #require(Unit.named("km"))
    let metre = try #require(Unit.named("m"))
    let factor = try #require(metre.conversionFactor(to: kilometre))
    var random = SplitMix64(seed: seed)
    var failures: [String] = []
    for index in 0..<Self.caseCount {
      var left = random.operand()
      var right = random.operand()
      left.unit = kilometre
      right.unit = metre
      let subtract = index.isMultiple(of: 2)
      let result = try subtract ? left.subtracting(right) : left.adding(right)
      if result.unit != kilometre { failures.append("unit \(result.unit)") }
      for _ in 0..<6 {
        let (x, y) = (random.sample(in: left), random.sample(in: right) * factor)
        let exact = subtract ? x - y : x + y
        if !result.contains(exact) {
          failures.append("\(left) ± \(right): \(exact) outside \(result.boundsText)")
        }
      }
    }
    #expect(failures.isEmpty, "\(failures.count) failures, e.g. \(failures.prefix(5))")
  }
}

extension IntervalArithmeticPropertyTests {
  /// A binary operation on estimates and the same operation on plain doubles.
  enum BinaryOperation: String, CaseIterable, Sendable {
    case add, subtract, multiply, divide, minimum, maximum

    func apply(_ left: Estimate, _ right: Estimate) throws(EstimateError) -> Estimate {
      switch self {
      case .add: try left.adding(right)
      case .subtract: try left.subtracting(right)
      case .multiply: try left.multiplying(right)
      case .divide: try left.dividing(by: right)
      case .minimum: try left.minimum(right)
      case .maximum: try left.maximum(right)
      }
    }

    /// The operation as the SDK computes a central value: unitless, so the unit factor is 1.
    func sample(_ x: Double, _ y: Double) -> Double {
      switch self {
      case .add: x + y
      case .subtract: x - y
      case .multiply: x * y * 1
      case .divide: x / y * 1
      case .minimum: Swift.min(x, y)
      case .maximum: Swift.max(x, y)
      }
    }
  }

  /// A unary operation on estimates and the same operation on plain doubles.
  enum UnaryOperation: String, CaseIterable, Sendable {
    case negation, magnitude

    func apply(_ operand: Estimate) -> Estimate {
      switch self {
      case .negation: operand.negated()
      case .magnitude: operand.magnitude()
      }
    }

    func sample(_ x: Double) -> Double {
      switch self {
      case .negation: -x
      case .magnitude: Swift.abs(x)
      }
    }
  }

  /// Sebastiano Vigna's SplitMix64: small, fast, and the same sequence on every platform.
  struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) {
      state = seed
    }

    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var mixed = state
      mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
      mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
      return mixed ^ (mixed >> 31)
    }

    /// 0 now and then, otherwise 10^u for u uniform in -3…9.
    mutating func magnitude() -> Double {
      if Int.random(in: 0..<40, using: &self) == 0 { return 0 }
      return pow(10, Double.random(in: -3...9, using: &self))
    }

    mutating func signedMagnitude() -> Double {
      Bool.random(using: &self) ? magnitude() : -magnitude()
    }

    /// How far beyond a known bound a sample for an unknown bound goes.
    mutating func beyond() -> Double {
      switch Int.random(in: 0..<4, using: &self) {
      case 0: 0
      case 1: magnitude() * 1_000
      default: magnitude()
      }
    }

    /// A random estimate: exact, a range, a value inside a range, one-sided, or wholly unbounded.
    mutating func operand() -> Estimate {
      let (a, b) = (signedMagnitude(), signedMagnitude())
      let (low, high) = (Swift.min(a, b), Swift.max(a, b))
      switch Int.random(in: 0..<8, using: &self) {
      case 0: return .exact(a)
      case 1: return .range(low, high)
      case 2: return Estimate(value: Double.random(in: low...high, using: &self), low: low, high: high)
      case 3: return .atLeast(a)
      case 4: return .upTo(a)
      case 5: return Estimate(value: a + beyond(), low: a, high: nil)
      case 6: return Estimate(value: a - beyond(), low: nil, high: a)
      default: return Estimate(value: a, low: nil, high: nil)
      }
    }

    /// An exact value the estimate stands for: a bound, the centre or a point between; past a known
    /// bound when the other one is unknown.
    mutating func sample(in estimate: Estimate) -> Double {
      switch (estimate.low, estimate.high) {
      case (let low?, let high?):
        switch Int.random(in: 0..<5, using: &self) {
        case 0: return low
        case 1: return high
        case 2: return estimate.value
        default: return low == high ? low : Double.random(in: low...high, using: &self)
        }
      case (let low?, nil): return low + beyond()
      case (nil, let high?): return high - beyond()
      case (nil, nil): return Bool.random(using: &self) ? estimate.value + beyond() : estimate.value - beyond()
      }
    }
  }
}

extension Estimate {
  /// Whether a nil bound (unbounded) or a known one admits `sample`.
  fileprivate func contains(_ sample: Double) -> Bool {
    (low.map { $0 <= sample } ?? true) && (high.map { sample <= $0 } ?? true)
  }

  /// Whether the range, with unknown bounds as infinite, reaches zero.
  var rangeReachesZero: Bool {
    value == 0 || ((low.map { $0 <= 0 } ?? true) && (high.map { $0 >= 0 } ?? true))
  }

  fileprivate var boundsText: String {
    "\(value) [\(low.map { "\($0)" } ?? "?") … \(high.map { "\($0)" } ?? "?")]"
  }
}
