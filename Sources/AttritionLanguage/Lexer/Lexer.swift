import AttritionSDK

/// Turns source text into tokens, reporting malformed literals as ``ParseError``s.
///
/// Newlines are tokens, except inside `(…)` and `[…]`, where an expression may span lines.
public struct Lexer {
  let scalars: [Unicode.Scalar]
  var position = 0
  var line = 1
  var column = 1
  var bracketDepth = 0
  var tokens: [Token] = []
  var errors: [ParseError] = []
  /// The text of each `##` documentation comment, by line (the `##` and one space removed).
  var documentation: [Int: String] = [:]

  /// Creates a lexer over a text whose first line is numbered `firstLine`: the REPL numbers
  /// each input on from the ones before, so a position names the input it is in.
  public init(_ text: String, firstLine: Int = 1) {
    scalars = Array(text.unicodeScalars)
    line = firstLine
  }

  /// Reads every token; the last one is always `.end`.
  public static func tokenize(_ text: String) -> (tokens: [Token], errors: [ParseError]) {
    var lexer = Lexer(text)
    lexer.run()
    return (lexer.tokens, lexer.errors)
  }

  var location: SourceLocation { SourceLocation(line: line, column: column, offset: position) }

  func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
    position + ahead < scalars.count ? scalars[position + ahead] : nil
  }

  mutating func advance() {
    if scalars[position] == "\n" {
      line += 1
      column = 1
    } else {
      column += 1
    }
    position += 1
  }

  mutating func run() {
    var spaced = true
    while let scalar = peek() {
      if scalar == " " || scalar == "\t" || scalar == "\r" {
        advance()
        spaced = true
      } else if scalar == "#" {
        lexComment()
      } else if scalar == "\n" {
        let start = location
        advance()
        if bracketDepth == 0 { emit(.newline, "\n", from: start, spaced: true) }
        spaced = true
      } else if scalar == ":" && bracketDepth == 0 && startsLine {
        lexCommand()
      } else {
        lexToken(spaced: spaced)
        spaced = false
      }
    }
    emit(.end, "", from: location, spaced: true)
  }

  /// A comment to the end of the line; a `##` comment that starts its line is documentation for
  /// the `fn` or `module` below it.
  mutating func lexComment() {
    let isDocumentation = peek(1) == "#" && startsLine
    let start = position
    let commentLine = line
    while let next = peek(), next != "\n" { advance() }
    guard isDocumentation else { return }
    var text = String(String.UnicodeScalarView(scalars[(start + 2)..<position]))
    if text.hasPrefix(" ") { text.removeFirst() }
    documentation[commentLine] = text
  }

  /// Whether nothing but whitespace precedes the current position on its line.
  var startsLine: Bool {
    guard let last = tokens.last else { return true }
    return last.kind == .newline || last.range.end.line < line
  }

  /// `:name arguments…` up to the end of the line, for the session's meta-commands.
  mutating func lexCommand() {
    let start = location
    advance()
    while let next = peek(), next != "\n" { advance() }
    let text = String(String.UnicodeScalarView(scalars[(start.offset + 1)..<position]))
    emit(.command(text.trimmingSpaces), ":" + text, from: start, spaced: true)
  }

  mutating func emit(_ kind: TokenKind, _ text: String, from start: SourceLocation, spaced: Bool) {
    tokens.append(
      Token(kind: kind, text: text, range: SourceRange(start: start, end: location), isPrecededBySpace: spaced))
  }

  mutating func text(from start: SourceLocation) -> String {
    var result = String.UnicodeScalarView()
    result.append(contentsOf: scalars[start.offset..<position])
    return String(result)
  }

  mutating func lexToken(spaced: Bool) {
    let start = location
    guard let scalar = peek() else { return }
    if scalar.properties.numericType != nil && scalar.isASCII {
      lexNumberOrDay(spaced: spaced)
    } else if Lexer.isIdentifierStart(scalar) {
      while let next = peek(), Lexer.isIdentifierContinuation(next) { advance() }
      let word = text(from: start)
      emit(Keyword(rawValue: word).map { .keyword($0) } ?? .identifier(word), word, from: start, spaced: spaced)
    } else if scalar == "\"" {
      lexString(spaced: spaced)
    } else if scalar == "`" {
      lexQuotedName(spaced: spaced)
    } else if let symbol = lexSymbol() {
      if symbol == .leftParen || symbol == .leftBracket { bracketDepth += 1 }
      if symbol == .rightParen || symbol == .rightBracket { bracketDepth = max(0, bracketDepth - 1) }
      emit(.symbol(symbol), symbol.rawValue, from: start, spaced: spaced)
    } else {
      advance()
      errors.append(ParseError(.unexpectedCharacter(text(from: start)), SourceRange(start: start, end: location)))
    }
  }

  /// A name in backticks, for columns such as `` `field artillery` `` that hold spaces.
  mutating func lexQuotedName(spaced: Bool) {
    let start = location
    advance()
    var name = String.UnicodeScalarView()
    while let scalar = peek(), scalar != "`", scalar != "\n" {
      name.append(scalar)
      advance()
    }
    guard peek() == "`", !name.isEmpty else {
      if peek() == "`" { advance() }
      errors.append(ParseError(.unterminatedQuotedName, SourceRange(start: start, end: location)))
      return
    }
    advance()
    emit(.identifier(String(name)), text(from: start), from: start, spaced: spaced)
  }

  mutating func lexSymbol() -> Symbol? {
    guard let first = peek() else { return nil }
    if let second = peek(1), let pair = Symbol(rawValue: String(first) + String(second)) {
      advance()
      advance()
      return pair
    }
    guard let single = Symbol(rawValue: String(first)) else { return nil }
    advance()
    return single
  }

  static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "_" || scalar.properties.isAlphabetic
  }

  static func isIdentifierContinuation(_ scalar: Unicode.Scalar) -> Bool {
    isIdentifierStart(scalar) || (scalar.isASCII && scalar.properties.numericType != nil) || scalar == "²"
      || scalar == "³"
  }
}

extension String {
  /// The string without leading and trailing spaces, tabs and carriage returns.
  var trimmingSpaces: String {
    let blank: Set<Character> = [" ", "\t", "\r"]
    return String(drop { blank.contains($0) }.reversed().drop { blank.contains($0) }.reversed())
  }
}
