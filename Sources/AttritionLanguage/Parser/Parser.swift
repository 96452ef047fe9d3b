// Grammar of the Attrition language (EBNF). Docs/Language.md holds the same text; a test keeps
// them identical.
//
// BEGIN GRAMMAR
// program        = { separator } [ statement { separator { separator } statement } ] { separator } ;
// separator      = NEWLINE | ";" ;
// statement      = command | import | module | binding | function | expression ;
// command        = ":" NAME { any character but NEWLINE } ;
// import         = "import" STRING ;
// module         = "module" NAME ;
// binding        = "let" NAME "=" expression ;
// function       = "fn" NAME "(" [ NAME { "," NAME } ] ")" "=" expression ;
// expression     = disjunction { "|" stage } ;
// stage          = "where" disjunction
//                | "select" NAME { "," NAME }
//                | "sort" NAME [ "asc" | "desc" ] { "," NAME [ "asc" | "desc" ] }
//                | "limit" disjunction
//                | "group" aggregate { "," aggregate } "by" NAME { "," NAME }
//                | "derive" NAME "=" disjunction { "," NAME "=" disjunction }
//                | "join" [ "left" ] postfix "on" NAME { "," NAME } ;
// aggregate      = ( "sum" | "mean" | "min" | "max" | "count" ) "(" [ NAME ] ")" [ "as" NAME ] ;
// disjunction    = conjunction { "or" conjunction } ;
// conjunction    = negation { "and" negation } ;
// negation       = "not" negation | comparison ;
// comparison     = conversion [ ( "==" | "!=" | "<" | "<=" | ">" | ">=" ) conversion ] ;
// conversion     = sum { "to" unit } ;
// sum            = product { ( "+" | "-" ) product } ;
// product        = range { ( "*" | "/" ) range } ;
// range          = prefix [ ".." prefix ] ;
// prefix         = ( "-" | "+" ) prefix | postfix ;
// postfix        = primary { "(" [ argument { "," argument } ] ")" | "." NAME | "[" expression "]" } ;
// argument       = [ NAME ":" ] expression ;
// primary        = NUMBER [ unit ] | STRING | DAY | "true" | "false" | NAME
//                | "(" expression ")" | "[" [ expression { "," expression } ] "]" ;
// unit           = unit_power { ( "/" | "*" | "·" ) unit_power } ;
// unit_power     = ( UNIT_NAME | "%" ) [ "^" [ "-" ] INTEGER ] ;
// END GRAMMAR
//
// A range binds tighter than arithmetic, so `250k / 60k..100k` divides by the range.
// Lexical notes: NUMBER is digits with optional `_` separators, fraction, exponent and a `k`
// (thousand) or `M` (million) suffix; DAY is `YYYY-MM-DD`; `#` starts a comment. A "/" after a
// number's unit continues the unit only when it touches both neighbours (`50 m/day`), so
// `5000 km² / days(p)` divides. A NEWLINE is ignored inside brackets, before a `|` that starts the
// next line, and after an infix operator. A ":" that starts a line outside brackets begins a
// command.

import AttritionSDK

/// Reads tokens into statements, one parse function per grammar rule.
///
/// Errors are collected; after an error the parser skips to the next statement, so one run
/// reports every independent mistake.
public struct Parser {
  /// How deep expressions may nest before the parser refuses them, so no input exhausts the stack.
  public static let nestingLimit = 200
  /// How many infix operators one statement may hold. A chain `1+1+…` nests one tree level per
  /// operator, and evaluating (or freeing) a deeper tree would exhaust the stack.
  public static let operatorLimit = 10_000

  var tokens: [Token]
  var index = 0
  var depth = 0
  var operatorCount = 0
  var errors: [ParseError]
  /// The `##` documentation comments of the source, by line.
  let documentation: [Int: String]

  init(tokens: [Token], errors: [ParseError], documentation: [Int: String] = [:]) {
    self.tokens = tokens
    self.errors = errors
    self.documentation = documentation
  }

  /// Parses a whole program; statements are returned only when there are no errors. Lines are
  /// numbered from `firstLine`.
  public static func parse(_ source: String, firstLine: Int = 1) -> Result<[Statement], ParseFailure> {
    var lexer = Lexer(source, firstLine: firstLine)
    lexer.run()
    var parser = Parser(tokens: lexer.tokens, errors: lexer.errors, documentation: lexer.documentation)
    let statements = parser.parseProgram()
    if parser.errors.isEmpty { return .success(statements) }
    return .failure(ParseFailure(errors: parser.errors.sorted { $0.range.start < $1.range.start }))
  }

  var current: Token { tokens[index] }

  func peekKind(_ ahead: Int = 1) -> TokenKind {
    tokens[min(index + ahead, tokens.count - 1)].kind
  }

  @discardableResult
  mutating func advance() -> Token {
    let token = tokens[index]
    if index < tokens.count - 1 { index += 1 }
    return token
  }

  func at(_ symbol: Symbol) -> Bool { current.kind == .symbol(symbol) }
  func at(_ keyword: Keyword) -> Bool { current.kind == .keyword(keyword) }

  func atWord(_ word: String) -> Bool { current.kind == .identifier(word) }

  mutating func eat(_ symbol: Symbol) -> Bool {
    guard at(symbol) else { return false }
    advance()
    return true
  }

  mutating func expect(_ symbol: Symbol, _ what: String? = nil) throws(ParseError) -> Token {
    guard at(symbol) else { throw error(expected: what ?? "'\(symbol.rawValue)'") }
    return advance()
  }

  mutating func expectName(_ what: String = "a name") throws(ParseError) -> Name {
    guard case .identifier(let text) = current.kind else { throw error(expected: what) }
    return Name(text, advance().range)
  }

  func error(expected what: String) -> ParseError {
    ParseError(.expected(what, found: Parser.describe(current)), current.range)
  }

  mutating func skipNewlines() {
    while current.kind == .newline { advance() }
  }

  /// Counts one infix operator of the current statement, refusing more than ``operatorLimit``.
  mutating func countOperator() throws(ParseError) {
    operatorCount += 1
    guard operatorCount <= Parser.operatorLimit else {
      throw ParseError(.tooManyOperators(limit: Parser.operatorLimit), current.range)
    }
  }

  /// Runs a nested rule, refusing nesting deeper than ``nestingLimit``.
  mutating func nested<T>(_ rule: (inout Parser) throws(ParseError) -> T) throws(ParseError) -> T {
    depth += 1
    defer { depth -= 1 }
    guard depth <= Parser.nestingLimit else {
      throw ParseError(.nestedTooDeeply(limit: Parser.nestingLimit), current.range)
    }
    return try rule(&self)
  }

  static func describe(_ token: Token) -> String {
    switch token.kind {
    case .end: "end of input"
    case .newline: "end of line"
    case .string: "a string"
    case .number: "number '\(token.text)'"
    default: "'\(token.text)'"
    }
  }

  static func span(_ start: SourceRange, _ end: SourceRange) -> SourceRange {
    start.merged(with: end)
  }
}

/// The parse errors of a program, in source order.
public struct ParseFailure: Error, Sendable {
  /// The errors.
  public var errors: [ParseError]
}
