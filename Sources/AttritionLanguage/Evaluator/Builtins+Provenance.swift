import AttritionSDK

extension Builtins {
  static let provenance: [FunctionDescriptor] = [
    FunctionDescriptor(
      name: "cite", summary: "The value with a source attached; arithmetic carries it into every result.",
      parameters: [
        ParameterDescriptor("value", .any, "a number, table or column"),
        ParameterDescriptor("source", .string, "the citation, e.g. 'CSIS, 2025-06-03'"),
        ParameterDescriptor("url", .string, "where the source can be read", isOptional: true),
      ],
      returns: "the value",
      examples: [FunctionExample(#"cite(950k, "CSIS 2025-06-03")"#, "950,000  (source: CSIS 2025-06-03)")]
    ) { arguments in
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
    FunctionDescriptor(
      name: "sources", summary: "The citations a value rests on, in the order first cited.",
      parameters: [ParameterDescriptor("value", .any, "a number, table or column")], returns: "list of strings",
      examples: [FunctionExample(#"sources(cite(1, "A") + cite(2, "B"))"#, #"["A", "B"]"#)]
    ) { arguments in
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
