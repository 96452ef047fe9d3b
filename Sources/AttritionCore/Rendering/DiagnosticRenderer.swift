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

  /// The widest excerpt shown; a longer line is cut to a window around the span.
  static let excerptWidth = 160

  private func excerpt(of source: String, _ range: SourceRange) -> [String]? {
    // Lines split on "\n" scalars, as the lexer counts them; "\r\n" is one Character in Swift.
    let sourceLines = source.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
    guard range.start.line >= 1, range.start.line <= sourceLines.count else { return nil }
    let lineScalars = sourceLines[range.start.line - 1].filter { $0 != "\r" }.map { $0 == "\t" ? " " : $0 }
    var characters = Array(String(String.UnicodeScalarView(lineScalars)))
    var startColumn = max(1, min(range.start.column, characters.count + 1))
    let endColumn = range.end.line == range.start.line ? max(range.end.column, startColumn + 1) : characters.count + 1
    var width = max(1, min(endColumn, characters.count + 1) - startColumn)
    var prefix = ""
    if characters.count > DiagnosticRenderer.excerptWidth {
      let first = max(0, min(startColumn - 1 - 40, characters.count - DiagnosticRenderer.excerptWidth))
      let last = min(characters.count, first + DiagnosticRenderer.excerptWidth)
      prefix = first > 0 ? "…" : ""
      characters = Array(characters[first..<last]) + (last < characters.count ? ["…"] : [])
      startColumn -= first - prefix.count
      width = max(1, min(width, characters.count + 1 - startColumn))
    }
    let text = prefix + String(characters)
    let number = String(range.start.line)
    let gutter = String(repeating: " ", count: number.count)
    let caret = String(repeating: " ", count: startColumn - 1) + "^" + String(repeating: "~", count: width - 1)
    return [" \(number) | \(text)", " \(gutter) | " + paint(caret, "1;32")]
  }

  private func paint(_ text: String, _ code: String) -> String {
    colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
