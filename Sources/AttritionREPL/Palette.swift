/// The colours of the REPL, as SGR escape sequences; all empty when colour is off.
struct Palette: Sendable {
  /// Whether colour is on.
  let enabled: Bool

  /// The prompt.
  var prompt: String { code("1;32") }
  /// The continuation prompt.
  var continuation: String { code("2;32") }
  /// Numbers in results.
  var number: String { code("36") }
  /// Table headers.
  var header: String { code("1") }
  /// Warnings.
  var warning: String { code("1;33") }
  /// Notes from the REPL itself (history off, cancelled).
  var note: String { code("2") }
  /// Back to normal.
  var reset: String { code("0") }

  private func code(_ parameters: String) -> String {
    enabled ? "\u{1B}[\(parameters)m" : ""
  }

  /// Colours the numbers of a result: runs of digits with their separators and decimal point,
  /// not the digits inside names (`km²`, `t_2`) or dates (`2024-01-01`), and nothing after the
  /// sources a figure cites. Table headers are set in bold.
  func highlightingNumbers(_ text: String) -> String {
    guard enabled else { return text }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for index in lines.indices {
      let isHeader = index + 1 < lines.count && TableFitter.columnSpans(ofRule: lines[index + 1]) != nil
      if isHeader {
        lines[index] = header + lines[index] + reset
      } else if TableFitter.columnSpans(ofRule: lines[index]) == nil {
        lines[index] = highlightingNumbers(inLine: lines[index])
      }
    }
    return lines.joined(separator: "\n")
  }

  private func highlightingNumbers(inLine line: String) -> String {
    let characters = Array(line)
    let sourceStart = Palette.offset(of: "  (source", in: characters)
    var result = ""
    var index = 0
    while index < characters.count {
      let character = characters[index]
      let previous: Character? = index > 0 ? characters[index - 1] : nil
      let startsNumber =
        character.isASCII && character.isNumber && !(previous.map(Palette.isNamePart) ?? false)
        && index < (sourceStart ?? Int.max)
      guard startsNumber else {
        result.append(character)
        index += 1
        continue
      }
      var end = index
      while end < characters.count,
        Palette.isNumberPart(characters[end], next: end + 1 < characters.count ? characters[end + 1] : nil)
      {
        end += 1
      }
      let run = String(characters[index..<end])
      let next: Character? = end < characters.count ? characters[end] : nil
      let isDate = next == "-" || previous == "-" && index >= 2 && characters[index - 2].isNumber
      if isDate || (next.map(Palette.isNamePart) ?? false) {
        result += run
      } else {
        result += number + run + reset
      }
      index = end
    }
    return result
  }

  /// Where `needle` first occurs in `characters`, in characters.
  private static func offset(of needle: String, in characters: [Character]) -> Int? {
    let pattern = Array(needle)
    guard characters.count >= pattern.count else { return nil }
    return (0...(characters.count - pattern.count)).first { Array(characters[$0..<$0 + pattern.count]) == pattern }
  }

  private static func isNamePart(_ character: Character) -> Bool {
    character.isLetter || character == "_" || character == "²" || character == "³"
  }

  private static func isNumberPart(_ character: Character, next: Character?) -> Bool {
    if character.isASCII && character.isNumber { return true }
    guard character == "," || character == "." else { return false }
    return next.map { $0.isASCII && $0.isNumber } ?? false
  }
}
