public import AttritionSDK

/// Renders diagnostics of every phase the same way: `FILE:LINE:COL: error: message [id]`, the
/// source line, a caret under the span, then the notes.
public struct DiagnosticRenderer: Sendable {
  /// Whether to colour the output with ANSI escapes.
  public var colored: Bool

  /// Creates a renderer.
  public init(colored: Bool = false) {
    self.colored = colored
  }

  /// Renders one diagnostic about `source` (the text the range points into), named `file`.
  public func render(_ diagnostic: Diagnostic, file: String, source: String?) -> String {
    var header = file
    if let range = diagnostic.range { header += ":\(range.start.line):\(range.start.column)" }
    let severity = paint(diagnostic.severity.rawValue + ":", diagnostic.severity == .error ? "1;31" : "1;33")
    var lines = ["\(header): \(severity) \(paint(diagnostic.message, "1")) [\(diagnostic.id)]"]
    if let range = diagnostic.range, let source, let excerpt = excerpt(of: source, range) {
      lines.append(contentsOf: excerpt)
    }
    lines.append(contentsOf: diagnostic.notes.map { paint("note:", "1;36") + " " + $0 })
    return lines.joined(separator: "\n")
  }

  private func excerpt(of source: String, _ range: SourceRange) -> [String]? {
    let sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false)
    guard range.start.line >= 1, range.start.line <= sourceLines.count else { return nil }
    let scalars = Array(sourceLines[range.start.line - 1].unicodeScalars).map { $0 == "\t" ? " " : $0 }
    let text = String(String.UnicodeScalarView(scalars.filter { $0 != "\r" }))
    let startColumn = max(1, min(range.start.column, scalars.count + 1))
    let endColumn = range.end.line == range.start.line ? max(range.end.column, startColumn + 1) : scalars.count + 1
    let width = max(1, min(endColumn, scalars.count + 1) - startColumn)
    let number = String(range.start.line)
    let gutter = String(repeating: " ", count: number.count)
    let caret = String(repeating: " ", count: startColumn - 1) + "^" + String(repeating: "~", count: width - 1)
    return [" \(number) | \(text)", " \(gutter) | " + paint(caret, "1;32")]
  }

  private func paint(_ text: String, _ code: String) -> String {
    colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
