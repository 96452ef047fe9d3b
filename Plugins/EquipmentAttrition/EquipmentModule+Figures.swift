import AttritionSDK

extension EquipmentModule {
  /// `equipment.figure(measure, side:, source:)`: one published figure as a sourced estimate.
  static let figure = FunctionDescriptor(
    name: "figure",
    summary: "A published equipment figure from the reference dataset `equipment_figures`, with its bounds and source.",
    discussion: """
      Looks the measure up in `equipment_figures` (one row per sourced figure: CSIS June 2025 via the \
      seed article, IISS Military Balance figures as reported, strategic-bomber fleet counts, US \
      assessments) and returns it as an estimate: "over 1,800" is at least 1,800, "between 55 and 60" a \
      range, "about 1,750" a central value with unknown bounds. The source carries publisher, title, \
      date, URL and a note with the confidence (H, M, L, or UNVERIFIED for figures no second source \
      confirms). When several rows share the measure, narrow them with `side` or `source` (a part of the \
      publisher or title); the error lists them. `equipment_figures | select measure, side, publisher` \
      shows what is there.
      """,
    parameters: [
      ParameterDescriptor("measure", .string, "the measure, e.g. \"tanks_lost_since_2024_01\""),
      ParameterDescriptor("side", .string, "\"russia\" or \"ukraine\"", isOptional: true),
      ParameterDescriptor(
        "source", .string, "part of the publisher or title, e.g. \"Military Balance 2024\"", isOptional: true),
    ],
    returns: "number (with the figure's unit and source)",
    examples: [
      FunctionExample(
        #"equipment.figure("tanks_lost_since_2024_01")"#,
        "at least 1,800 tanks  (source: CSIS, Russia's Battlefield Woes in Ukraine, 2025-06-03)"),
      FunctionExample(
        #"equipment.figure("tanks_lost_total", side: "russia", source: "Military Balance 2023")"#,
        "2,150 [2,000 – 2,300] tanks  (source: IISS, The Military Balance 2023, 2023-02-15)"),
    ]
  ) { arguments in
    guard let context = arguments.context else {
      throw ModuleError("no_session", "'equipment.figure' reads the dataset '\(figuresDataset)' and needs a session")
    }
    let rows = try FigureRows(try context.dataset(named: figuresDataset))
    let measure = try arguments.string(0)
    let side = arguments.optional(1) == nil ? nil : try arguments.string(1).lowercased()
    let source = arguments.optional(2) == nil ? nil : try arguments.string(2).lowercased()
    let measured = rows.indices(measure: measure)
    guard !measured.isEmpty else {
      throw ModuleError(
        "unknown_figure", "no figure '\(measure)' in '\(figuresDataset)'",
        notes: ["measures: " + rows.measures.joined(separator: ", ")])
    }
    let matching = measured.filter { row in
      (side.map { rows.side(row).lowercased() == $0 } ?? true)
        && (source.map { rows.citation(row).lowercased().contains($0) } ?? true)
    }
    guard matching.count == 1, let row = matching.first else {
      let candidates = (matching.isEmpty ? measured : matching).map { "\(rows.side($0)): \(rows.citation($0))" }
      throw ModuleError(
        matching.isEmpty ? "unknown_figure" : "ambiguous_figure",
        matching.isEmpty
          ? "no figure '\(measure)' matches the side or source given"
          : "\(matching.count) figures '\(measure)'; choose one with 'side:' or 'source:'",
        notes: candidates)
    }
    return .estimate(try rows.estimate(row))
  }
}
