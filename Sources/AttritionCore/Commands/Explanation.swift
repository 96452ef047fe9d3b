import AttritionLanguage
import AttritionSDK

/// `:explain EXPR`: what a result rests on.
///
/// The expression is evaluated, then every part of it on its own, giving a derivation tree with a
/// value at each step. From the tree come the inputs that carry bounds into the result (steps
/// with a range whose parts are all exact) and where each source enters (steps whose value cites
/// a source that none of their parts cites), so a figure can be traced to the publication and
/// the range it came from.
struct Explanation {
  /// One step of the derivation: a part of the expression, its value and what kind of step it is.
  struct Step {
    var label: String
    var value: Value?
    var role: String
    var children: [Step]
  }

  /// Steps beyond this many are summarised, so a huge expression cannot flood the terminal.
  static let stepLimit = 60

  let evaluator: Evaluator
  let host: any EvaluationHost
  let transcript: SessionTranscript
  let scalars: [Unicode.Scalar]
  private var steps = 0

  init(evaluator: Evaluator, host: any EvaluationHost, transcript: SessionTranscript, text: String) {
    self.evaluator = evaluator
    self.host = host
    self.transcript = transcript
    scalars = Array(text.unicodeScalars)
  }

  /// The explanation of `expression`, whose text is the one given to the initialiser; `name`
  /// heads it instead of the expression's text when the expression is the value of `let name`.
  ///
  /// - Throws: ``EvaluationError`` when the expression itself cannot be evaluated.
  mutating func render(_ expression: Expression, name: String? = nil) throws(EvaluationError) -> String {
    let value = try evaluator.evaluate(expression)
    let root = step(expression, value: value)
    let start = min(max(0, expression.range.start.offset), scalars.count)
    let end = min(max(start, expression.range.end.offset), scalars.count)
    let whole = name ?? Explanation.condensed(String(String.UnicodeScalarView(scalars[start..<end])), limit: 100)
    var lines = ["\(whole) = \(Explanation.brief(value, full: true))", "", "derivation:"]
    lines += Explanation.tree(root, prefix: "  ", childPrefix: "  ")
    lines.append("")
    lines += Explanation.boundsLines(root)
    lines += Explanation.sourceLines(root)
    return lines.joined(separator: "\n")
  }

  // MARK: Building the tree

  private mutating func step(_ expression: Expression, value known: Value? = nil) -> Step {
    steps += 1
    let value = known ?? (try? evaluator.evaluate(expression))
    var step = Step(label: label(expression.range), value: value, role: role(expression), children: [])
    guard steps < Explanation.stepLimit else {
      if !parts(of: expression).isEmpty { step.children = [Step(label: "…", value: nil, role: "", children: [])] }
      return step
    }
    step.children = parts(of: expression).map { self.step($0) }
    return step
  }

  /// The sub-expressions a step is computed from. Pipeline stages and function bodies are not
  /// parts: their names only mean something row by row or call by call.
  private func parts(of expression: Expression) -> [Expression] {
    switch expression.kind {
    case .number, .string, .day, .bool, .identifier: return []
    case .list(let elements): return elements
    case .unary(_, let operand): return [operand]
    case .binary(_, let left, let right): return [left, right]
    case .range(let low, let high): return [low, high]
    case .conversion(let operand, _): return [operand]
    case .call(_, let arguments): return arguments.map(\.value)
    case .member(let base, _): return isModule(base) ? [] : [base]
    case .index(let base, let position): return [base, position]
    case .pipeline(let source, _): return [source]
    }
  }

  private func isModule(_ expression: Expression) -> Bool {
    guard case .identifier(let name) = expression.kind else { return false }
    return evaluator.global(name) == nil && host.moduleNames.contains(name)
  }

  private func role(_ expression: Expression) -> String {
    switch expression.kind {
    case .number(_, let unit): return unit.isNone ? "number" : "number in \(unit)"
    case .string, .day, .bool: return "literal"
    case .identifier(let name): return identifierRole(name)
    case .list: return "list"
    case .unary(let operation, _): return operation == .negate ? "negate" : "not"
    case .binary(let operation, _, _): return operation.verb
    case .range: return "range"
    case .conversion(_, let unit): return "convert to \(unit)"
    case .call(let callee, let arguments):
      let labels = arguments.compactMap(\.label)
      return "call of \(label(callee.range))" + (labels.isEmpty ? "" : " (" + labels.joined(separator: ", ") + ":)")
    case .member(let base, let name):
      if isModule(base) { return "function" }
      return "member '\(name)'"
    case .index: return "element"
    case .pipeline(_, let stages):
      return "pipeline: " + stages.map { Explanation.stageName($0.kind) }.joined(separator: " | ")
    }
  }

  private func identifierRole(_ name: String) -> String {
    if let value = evaluator.global(name) {
      let kind = if case .function = value { "function" } else { "variable" }
      guard let definition = transcript.definition(of: name) else { return kind }
      return "\(kind): " + Explanation.condensed(definition, limit: 60)
    }
    if host.datasetNames.contains(name) { return "dataset" }
    return "function"
  }

  private static func stageName(_ kind: StageKind) -> String {
    switch kind {
    case .filter: "where"
    case .select: "select"
    case .sort: "sort"
    case .limit: "limit"
    case .group: "group"
    case .derive: "derive"
    case .join: "join"
    }
  }

  private func label(_ range: SourceRange) -> String {
    let start = min(max(0, range.start.offset), scalars.count)
    let end = min(max(start, range.end.offset), scalars.count)
    return Explanation.condensed(String(String.UnicodeScalarView(scalars[start..<end])), limit: 48)
  }

  /// Text on one line, runs of white space as one space, cut to `limit` characters.
  static func condensed(_ text: String, limit: Int) -> String {
    let words = text.split { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
    let line = words.joined(separator: " ")
    return line.count > limit ? String(line.prefix(limit - 1)) + "…" : line
  }

  // MARK: Rendering

  static func tree(_ step: Step, prefix: String, childPrefix: String) -> [String] {
    var head = prefix + step.label
    if let value = step.value { head += "  =  " + brief(value, full: false) }
    if !step.role.isEmpty { head += "    (\(step.role))" }
    var lines = [head]
    for (index, child) in step.children.enumerated() {
      let last = index == step.children.count - 1
      lines += tree(
        child, prefix: childPrefix + (last ? "└─ " : "├─ "), childPrefix: childPrefix + (last ? "   " : "│  "))
    }
    return lines
  }

  /// Which steps give the result its bounds: ranges all of whose parts are exact.
  static func boundsLines(_ root: Step) -> [String] {
    guard case .estimate(let result)? = root.value else { return [] }
    if result.isExact { return ["bounds:  none: the result is exact"] }
    var origins: [Step] = []
    collect(root, into: &origins) { step in
      guard case .estimate(let estimate)? = step.value, !estimate.isExact else { return false }
      return !step.children.contains { child in
        if case .estimate(let part)? = child.value { return !part.isExact }
        return false
      }
    }
    var lines = ["bounds:  " + boundsText(result) + (origins.isEmpty ? "" : ", resting on:")]
    for origin in origins {
      guard case .estimate(let estimate)? = origin.value else { continue }
      lines.append("  \(origin.label): \(boundsText(estimate))")
    }
    return lines
  }

  /// Where each source of the result enters the derivation.
  static func sourceLines(_ root: Step) -> [String] {
    let sources = provenance(of: root.value).sources
    guard !sources.isEmpty else {
      return ["sources: none recorded; attach one with cite(value, \"publisher, title, date\")"]
    }
    var lines = ["sources:"]
    for source in sources {
      var origins: [Step] = []
      collect(root, into: &origins) { step in
        provenance(of: step.value).sources.contains(source)
          && !step.children.contains { provenance(of: $0.value).sources.contains(source) }
      }
      let via = origins.map(\.label).joined(separator: "; ")
      // The note tells apart two figures of one report.
      let note = source.note.map { " (\($0))" } ?? ""
      lines.append("  \(source.citation)\(note)" + (via.isEmpty ? "" : "  ← \(via)"))
    }
    return lines
  }

  private static func collect(_ step: Step, into found: inout [Step], where matches: (Step) -> Bool) {
    if matches(step) { found.append(step) }
    for child in step.children { collect(child, into: &found, where: matches) }
  }

  /// The bounds as the result shows them (`9.50 – 15.8`), saying which are unknown.
  private static func boundsText(_ estimate: Estimate) -> String {
    let shown = NumberFormat.estimate(value: estimate.value, low: estimate.low, high: estimate.high)
    let unit = estimate.unit.isNone ? "" : " " + estimate.unit.description
    guard let open = shown.firstIndex(of: "["), let close = shown.lastIndex(of: "]"), open < close else {
      return shown + unit + (estimate.isExact ? "" : ", the other bound unknown")
    }
    let inner = String(shown[shown.index(after: open)..<close])
    return inner + unit + (inner.contains("?") ? " (? marks an unknown bound)" : "")
  }

  static func provenance(of value: Value?) -> Provenance {
    switch value {
    case .estimate(let estimate)?: return estimate.provenance
    case .table(let table)?: return table.columns.reduce(table.provenance) { $0.union($1.provenance) }
    case .column(let column)?: return column.provenance
    case .list(let elements)?: return elements.reduce(Provenance.none) { $0.union(provenance(of: $1)) }
    default: return .none
    }
  }

  /// A value on one line; `full` adds an estimate's sources.
  static func brief(_ value: Value, full: Bool) -> String {
    switch value {
    case .estimate(let estimate):
      if full { return ValueRenderer.human(estimate) }
      var text = NumberFormat.estimate(value: estimate.value, low: estimate.low, high: estimate.high)
      if !estimate.unit.isNone { text += " " + ValueRenderer.spelled(estimate.unit, plural: estimate.value != 1) }
      return text
    case .string(let text): return condensed(JSONWriter.quoted(text), limit: 48)
    case .table(let table):
      return "table of \(NumberFormat.exact(Double(table.rowCount))) rows × \(table.columns.count) columns"
    case .column(let column): return "column '\(column.name)' of \(NumberFormat.exact(Double(column.count))) values"
    case .list(let elements) where elements.count > 5: return "list of \(elements.count) values"
    default: return condensed(ValueRenderer(format: .table).human(value), limit: 60)
    }
  }
}
