import AttritionSDK
import Testing

/// One-sided estimates through arithmetic: a known bound of a result must hold whatever finite
/// figure an operand's unknown bound turns out to be, and must not move with it (Decision 0024).
@Suite("One-sided bounds: a bound resting on an unknown bound is unknown")
struct OneSidedBoundPropertyTests {
  typealias Operation = IntervalArithmeticPropertyTests.BinaryOperation

  /// One named case: operands, operation, and the bounds the result must have (nil: unknown).
  struct NamedCase: Sendable, CustomTestStringConvertible {
    let left: Estimate
    let operation: Operation
    let right: Estimate
    let low: Double?
    let high: Double?

    var testDescription: String { "\(left) \(operation) \(right)" }
  }

  static let namedCases: [NamedCase] = [
    NamedCase(left: .exact(4907), operation: .divide, right: .atLeast(1800), low: nil, high: 4907.0 / 1800),
    NamedCase(left: .upTo(250_000), operation: .divide, right: .exact(950_000), low: nil, high: 250_000.0 / 950_000),
    NamedCase(left: .exact(1), operation: .divide, right: .atLeast(5), low: nil, high: 0.2),
    NamedCase(left: .atLeast(2), operation: .divide, right: .atLeast(3), low: nil, high: nil),
    NamedCase(left: .exact(10), operation: .divide, right: .upTo(-2), low: -5, high: nil),
    NamedCase(left: .range(1, 2), operation: .divide, right: .atLeast(3), low: nil, high: 2.0 / 3),
    NamedCase(left: .atLeast(5), operation: .minimum, right: .exact(10), low: 5, high: 10),
    NamedCase(left: .upTo(5), operation: .maximum, right: .exact(10), low: 10, high: 10),
    NamedCase(left: .exact(0), operation: .multiply, right: .atLeast(3), low: 0, high: 0),
    NamedCase(left: .range(0, 2), operation: .multiply, right: .atLeast(3), low: 0, high: nil),
    NamedCase(left: .range(1, 2), operation: .multiply, right: .atLeast(3), low: 3, high: nil),
    NamedCase(left: .atLeast(950_000), operation: .add, right: .upTo(250_000), low: nil, high: nil),
  ]

  @Test("the quotients, products and extremes of one-sided figures", arguments: namedCases)
  func named(_ example: NamedCase) throws {
    let result = try example.operation.apply(example.left, example.right)
    #expect(result.low == example.low, "low \(String(describing: result.low))")
    #expect(result.high == example.high, "high \(String(describing: result.high))")
  }

  @Test(
    "known bounds hold for every finite value of the unknown ones, and do not move with them",
    arguments: Operation.allCases, IntervalArithmeticPropertyTests.seeds)
  func knownBoundsRestOnKnownFigures(_ operation: Operation, seed: UInt64) {
    var random = IntervalArithmeticPropertyTests.SplitMix64(seed: seed)
    var failures: [String] = []
    var cases = 0
    var droppedBounds = 0
    while cases < IntervalArithmeticPropertyTests.caseCount {
      let left = random.operand()
      let right = random.operand()
      guard [left.low, left.high, right.low, right.high].contains(where: { $0 == nil }) else { continue }
      guard operation != .divide || !right.rangeReachesZero else { continue }
      guard let result = try? operation.apply(left, right) else { continue }
      cases += 1
      let reach = [left, right].flatMap { [$0.value, $0.low, $0.high].compactMap { $0 } }
        .reduce(1.0) { max($0, abs($1)) }
      guard reach < 1e290 else { continue }
      // Any finite completion of the unknown bounds: the known result bounds must contain it.
      for _ in 0..<4 {
        let nearby = reach * (1 + Double.random(in: 0...3, using: &random))
        guard let completed = try? complete(left, right, operation, standIn: nearby) else { continue }
        if let low = result.low, let completedLow = completed.low, completedLow < low {
          failures.append("\(left) \(operation) \(right): low \(low) above \(completedLow) (stand-in \(nearby))")
        }
        if let high = result.high, let completedHigh = completed.high, completedHigh > high {
          failures.append("\(left) \(operation) \(right): high \(high) below \(completedHigh) (stand-in \(nearby))")
        }
      }
      // Far completions: a known bound is reached and stays put; an unknown one moves.
      let scales: [Double] = [16, 1024, 0x1p40]
      let completions = scales.compactMap { try? complete(left, right, operation, standIn: reach * $0) }
      guard completions.count == scales.count else { continue }
      for (name, bound, path) in [("low", result.low, \Estimate.low), ("high", result.high, \Estimate.high)] {
        let values = completions.map { $0[keyPath: path] }
        if let bound {
          if values.contains(where: { $0 != bound }) {
            failures.append("\(left) \(operation) \(right): known \(name) \(bound) moves: \(values)")
          }
        } else if Set(values).count == 1, let value = values[0], value.isFinite {
          failures.append("\(left) \(operation) \(right): \(name) dropped though it stays \(value)")
        } else {
          droppedBounds += 1
        }
      }
    }
    #expect(droppedBounds > 100, "the operands should include unknown bounds that stay unknown")
    #expect(failures.isEmpty, "\(failures.count) failures, e.g. \(failures.prefix(5))")
  }

  @Test("sums, means and extremes of a column of one-sided cells follow the same rule")
  func aggregatesOfOneSidedCells() throws {
    let cells: [Estimate?] = [.range(1, 2), .atLeast(3), .exact(5)]
    let column = Column(name: "x", data: .estimate(cells))
    let sum = try #require(column.aggregate(.sum, rows: 0..<3))
    #expect(sum.low == 9 && sum.high == nil)
    let mean = try #require(column.aggregate(.mean, rows: 0..<3))
    #expect(mean.low == 3 && mean.high == nil)
    let smallest = try #require(column.aggregate(.min, rows: 0..<3))
    #expect(smallest.low == 1 && smallest.high == 2)
    let largest = try #require(column.aggregate(.max, rows: 0..<3))
    #expect(largest.low == 5 && largest.high == nil)
    let quotients = Column(name: "q", data: .estimate([.upTo(4), .upTo(6)]))
    let total = try #require(quotients.aggregate(.sum, rows: 0..<2))
    #expect(total.low == nil && total.high == 10)
  }

  /// The operation on the operands with their unknown bounds replaced by finite figures.
  private func complete(_ left: Estimate, _ right: Estimate, _ operation: Operation, standIn: Double) throws
    -> Estimate
  {
    func filled(_ estimate: Estimate) -> Estimate {
      Estimate(value: estimate.value, low: estimate.low ?? -standIn, high: estimate.high ?? standIn)
    }
    return try operation.apply(filled(left), filled(right))
  }
}
