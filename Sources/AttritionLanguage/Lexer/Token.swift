public import AttritionSDK

/// One token of source text, with the span it covers.
public struct Token: Sendable, Equatable {
  /// What kind of token it is.
  public var kind: TokenKind
  /// The text it was read from.
  public var text: String
  /// Where it stands in the source.
  public var range: SourceRange
  /// Whether whitespace (or the start of the text) comes right before it.
  public var isPrecededBySpace: Bool

  /// Creates a token.
  public init(kind: TokenKind, text: String, range: SourceRange, isPrecededBySpace: Bool) {
    self.kind = kind
    self.text = text
    self.range = range
    self.isPrecededBySpace = isPrecededBySpace
  }
}

/// The kinds of tokens.
public enum TokenKind: Sendable, Equatable {
  /// A number literal, already scaled by its `k`/`M` suffix.
  case number(Double)
  /// A string literal, escapes resolved.
  case string(String)
  /// A calendar day literal `YYYY-MM-DD`.
  case day(Day)
  /// A name (letters, digits, `_`, and the superscripts `²`, `³` after the first character).
  case identifier(String)
  /// A reserved word.
  case keyword(Keyword)
  /// An operator or punctuation mark.
  case symbol(Symbol)
  /// A meta-command line such as `:help equipment`: the text after the colon.
  case command(String)
  /// The end of a line outside brackets.
  case newline
  /// The end of the text.
  case end
}

/// Reserved words of the language.
public enum Keyword: String, Sendable, CaseIterable {
  case `let`, fn, `true`, `false`, and, or, not, to
}

/// Operators and punctuation.
public enum Symbol: String, Sendable, CaseIterable {
  case leftParen = "("
  case rightParen = ")"
  case leftBracket = "["
  case rightBracket = "]"
  case comma = ","
  case colon = ":"
  case semicolon = ";"
  case dot = "."
  case dotDot = ".."
  case pipe = "|"
  case plus = "+"
  case minus = "-"
  case star = "*"
  case slash = "/"
  case caret = "^"
  case middleDot = "·"
  case percent = "%"
  case assign = "="
  case equal = "=="
  case notEqual = "!="
  case less = "<"
  case lessEqual = "<="
  case greater = ">"
  case greaterEqual = ">="
}
