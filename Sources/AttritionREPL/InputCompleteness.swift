import AttritionLanguage

/// Decides whether typed input is a whole program yet, or the prompt should continue it (`...> `).
///
/// Input continues while a bracket is open, after a trailing operator, `|`, `,`, `=` or `..`, and
/// while the only parse error is one at the end of the input ("expected an expression, found end
/// of input"). Anything else is complete, even when wrong: running it shows the diagnostic.
enum InputCompleteness {
  /// Symbols after which an expression cannot end.
  static let continuingSymbols: Set<Symbol> = [
    .leftParen, .leftBracket, .comma, .colon, .dot, .dotDot, .pipe, .plus, .minus, .star, .slash, .caret,
    .middleDot, .assign, .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual,
  ]
  /// Keywords after which an expression cannot end.
  static let continuingKeywords: Set<Keyword> = [.let, .fn, .and, .or, .not, .to]

  /// Whether `text` needs more lines before it can run.
  static func needsMoreInput(_ text: String) -> Bool {
    let lastLine = text.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
    let (tokens, errors) = Lexer.tokenize(text)
    // A malformed token (a stray character, a string left open: strings do not span lines) is an
    // error now, not a reason to wait; running the input shows it.
    if !errors.isEmpty { return false }
    var depth = 0
    for token in tokens {
      switch token.kind {
      case .symbol(.leftParen), .symbol(.leftBracket): depth += 1
      case .symbol(.rightParen), .symbol(.rightBracket): depth -= 1
      default: break
      }
      if depth < 0 { return false }
    }
    if depth > 0 { return true }
    guard let last = tokens.last(where: { $0.kind != .newline && $0.kind != .end }) else { return false }
    switch last.kind {
    case .command: return false
    case .symbol(let symbol) where continuingSymbols.contains(symbol): return true
    case .keyword(let keyword) where continuingKeywords.contains(keyword): return true
    default: break
    }
    if lastLine.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix(":") { return false }
    guard case .failure(let failure) = Parser.parse(text) else { return false }
    return failure.errors.allSatisfy { error in
      if case .expected(_, let found) = error.kind { return found == "end of input" }
      return false
    }
  }
}
