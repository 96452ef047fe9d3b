import AttritionSDK

extension Builtins {
  static let assertions: [FunctionDescriptor] = [
    FunctionDescriptor(
      name: "assert", summary: "Stops the script with a diagnostic when the condition is false.",
      parameters: [
        ParameterDescriptor("condition", .bool), ParameterDescriptor("message", .string, isOptional: true),
      ],
      returns: "null", examples: [FunctionExample("assert(950k > 400k)", "")]
    ) { arguments in
      guard try arguments.bool(0) else {
        let message = arguments.optional(1) != nil ? try arguments.string(1) : nil
        throw EvaluationError(.assertionFailed(message), arguments.range(0))
      }
      return .null
    },
    FunctionDescriptor(
      name: "assert_eq",
      summary: "Stops the script unless actual equals expected within a tolerance (and its bounds, if it has any).",
      parameters: [
        ParameterDescriptor("actual", .any), ParameterDescriptor("expected", .any),
        ParameterDescriptor("tolerance", .number, "absolute, in the unit of actual; 0 when left out", isOptional: true),
      ],
      returns: "null", examples: [FunctionExample("assert_eq(950k / 400k, 2.375, 1e-9)", "")]
    ) { arguments in
      try assertEqual(arguments)
      return .null
    },
  ]

  /// Checks `actual` against `expected` within an absolute tolerance (in `actual`'s unit); when
  /// `expected` has bounds, the bounds are checked too.
  static func assertEqual(_ arguments: FunctionArguments) throws {
    let tolerance = arguments.optional(2) != nil ? try arguments.estimate(2).value : 0
    let actual = try arguments.value(0)
    let expected = try arguments.value(1)
    let fail = { (detail: String) in EvaluationError(.assertionFailed(detail), arguments.callRange) }
    switch (actual, expected) {
    case (.estimate(let a), .estimate(let raw)):
      guard let factor = raw.unit.conversionFactor(to: a.unit) else {
        throw Evaluator.diagnose(.incompatibleUnits(a.unit, raw.unit), verb: "compare", a, raw, at: arguments.callRange)
      }
      let b = Estimate(
        value: raw.value * factor, low: raw.low.map { $0 * factor }, high: raw.high.map { $0 * factor }, unit: a.unit)
      if abs(a.value - b.value) > tolerance {
        throw fail(
          "\(a.value.brief) is not \(b.value.brief) within \(tolerance.brief) (off by \(abs(a.value - b.value).brief))")
      }
      if !b.isExact {
        for (name, left, right) in [("low", a.low, b.low), ("high", a.high, b.high)]
        where !close(left, right, tolerance) {
          throw fail("\(name) bound \(left?.brief ?? "unknown") is not \(right?.brief ?? "unknown")")
        }
      }
    case (.day(let a), .day(let b)) where a == b: return
    case (.string(let a), .string(let b)) where a == b: return
    case (.bool(let a), .bool(let b)) where a == b: return
    case (.period(let a), .period(let b)) where a == b: return
    case (.null, .null): return
    default:
      throw fail("\(brief(actual)) is not \(brief(expected))")
    }
  }

  private static func close(_ left: Double?, _ right: Double?, _ tolerance: Double) -> Bool {
    switch (left, right) {
    case (nil, nil): true
    case (let l?, let r?): abs(l - r) <= tolerance
    default: false
    }
  }

  /// A short rendering of a value for assertion messages.
  static func brief(_ value: Value) -> String {
    switch value {
    case .estimate(let estimate): estimate.value.brief + (estimate.unit.isNone ? "" : " \(estimate.unit)")
    case .string(let text): "\"\(text)\""
    case .bool(let flag): "\(flag)"
    case .day(let day): "\(day)"
    case .period(let period): "\(period)"
    default: "a \(value.typeName)"
    }
  }
}

extension Double {
  /// The shortest text that reads back as this double, without a trailing `.0`.
  var brief: String {
    let text = "\(self)"
    return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
  }
}
