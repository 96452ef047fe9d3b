import AttritionSDK

/// The functions every program can call without a module prefix.
enum Builtins {
  /// All built-ins by name.
  static let all: [String: NativeFunction] = Dictionary(
    uniqueKeysWithValues: (estimates + provenance + assertions + aggregates + tables).map { ($0.name, $0) })

  typealias Parameter = NativeFunction.Parameter

  static let estimates: [NativeFunction] = [
    NativeFunction(name: "days", parameters: [Parameter("period")]) { arguments in
      .estimate(.exact(Double(try arguments.period(0).dayCount), unit: Unit(.day)))
    },
    NativeFunction(name: "atleast", parameters: [Parameter("value")]) { arguments in
      let value = try exactArgument(arguments, 0)
      return .estimate(
        Estimate(value: value.value, low: value.value, high: nil, unit: value.unit, provenance: value.provenance))
    },
    NativeFunction(name: "upto", parameters: [Parameter("value")]) { arguments in
      let value = try exactArgument(arguments, 0)
      return .estimate(
        Estimate(value: value.value, low: nil, high: value.value, unit: value.unit, provenance: value.provenance))
    },
    NativeFunction(name: "low", parameters: [Parameter("value")]) { arguments in
      let value = try arguments.estimate(0)
      return value.low.map { .estimate(.exact($0, unit: value.unit, provenance: value.provenance)) } ?? .null
    },
    NativeFunction(name: "high", parameters: [Parameter("value")]) { arguments in
      let value = try arguments.estimate(0)
      return value.high.map { .estimate(.exact($0, unit: value.unit, provenance: value.provenance)) } ?? .null
    },
    NativeFunction(name: "central", parameters: [Parameter("value")]) { arguments in
      let value = try arguments.estimate(0)
      return .estimate(.exact(value.value, unit: value.unit, provenance: value.provenance))
    },
    NativeFunction(name: "abs", parameters: [Parameter("value")]) { arguments in
      .estimate(try arguments.estimate(0).magnitude())
    },
  ]

  static func exactArgument(_ arguments: Arguments, _ index: Int) throws(EvaluationError) -> Estimate {
    let value = try arguments.estimate(index)
    guard value.isExact else { throw arguments.invalid(index, "expected an exact number, not a range") }
    return value
  }

  static let provenance: [NativeFunction] = [
    NativeFunction(
      name: "cite", parameters: [Parameter("value"), Parameter("source"), Parameter("url", isOptional: true)]
    ) {
      arguments in
      var source = Source(citation: try arguments.string(1))
      if arguments.optional(2) != nil { source.url = try arguments.string(2) }
      switch try arguments.value(0) {
      case .estimate(let estimate): return .estimate(estimate.citing(source))
      case .table(var table):
        table.provenance.insert(source)
        return .table(table)
      case .column(var column):
        column.provenance.insert(source)
        return .column(column)
      case let other:
        throw arguments.wrongType(0, expected: "a number, table or column", found: other)
      }
    },
    NativeFunction(name: "sources", parameters: [Parameter("value")]) { arguments in
      let sources: [Source]
      switch try arguments.value(0) {
      case .estimate(let estimate): sources = estimate.provenance.sources
      case .table(let table): sources = table.provenance.sources
      case .column(let column): sources = column.provenance.sources
      case let other: throw arguments.wrongType(0, expected: "a number, table or column", found: other)
      }
      return .list(sources.map { .string($0.citation) })
    },
  ]
}
