import AttritionSDK

extension Builtins {
  static let provenance: [FunctionDescriptor] = [
    FunctionDescriptor(
      name: "cite", summary: "The value with a source attached; arithmetic carries it into every result.",
      parameters: [
        ParameterDescriptor("value", .any, "a number, table or column"),
        ParameterDescriptor("source", .string, "the citation, e.g. 'CSIS, 2025-06-03'"),
        ParameterDescriptor("url", .string, "where the source can be read", isOptional: true),
        ParameterDescriptor(
          "note", .string, "how the figure was taken from the source; a notebook lists it under the source",
          isOptional: true),
      ],
      returns: "the value",
      examples: [
        FunctionExample(#"cite(950k, "CSIS 2025-06-03")"#, "950,000  (source: CSIS 2025-06-03)"),
        FunctionExample(
          #"cite(250k, "CSIS 2025-06-03", note: "'up to 250,000' killed")"#, "250,000  (source: CSIS 2025-06-03)"),
      ]
    ) { arguments in
      var source = Source(citation: try arguments.string(1))
      if arguments.optional(2) != nil { source.url = try arguments.string(2) }
      if arguments.optional(3) != nil { source.note = try arguments.string(3) }
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
      let provenance: Provenance
      switch try arguments.value(0) {
      case .estimate(let estimate): provenance = estimate.provenance
      case .table(let table): provenance = table.provenance
      case .column(let column): provenance = column.provenance
      case let other: throw arguments.wrongType(0, expected: "a number, table or column", found: other)
      }
      return .list(provenance.citations.map { .string($0) })
    },
  ]
}
