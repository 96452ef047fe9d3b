import AttritionSDK

extension Parser {
  /// program = { separator } [ statement { separator { separator } statement } ] { separator } ;
  mutating func parseProgram() -> [Statement] {
    var statements: [Statement] = []
    while true {
      skipSeparators()
      if current.kind == .end { break }
      do throws(ParseError) {
        statements.append(try parseStatement())
        guard current.kind == .newline || at(.semicolon) || current.kind == .end else {
          throw error(expected: "end of statement")
        }
      } catch {
        errors.append(error)
        // Nesting errors leave the token stream mid-expression; stop rather than cascade.
        if case .nestedTooDeeply = error.kind { break }
        if case .tooManyOperators = error.kind { break }
        skipToNextStatement()
      }
    }
    return statements
  }

  mutating func skipSeparators() {
    while current.kind == .newline || at(.semicolon) { advance() }
  }

  mutating func skipToNextStatement() {
    while current.kind != .newline && !at(.semicolon) && current.kind != .end { advance() }
  }

  /// statement = binding | function | expression ;
  mutating func parseStatement() throws(ParseError) -> Statement {
    operatorCount = 0
    if case .command(let text) = current.kind {
      let token = advance()
      let name = String(text.prefix { !$0.isWhitespace })
      let argument = String(text.dropFirst(name.count)).trimmingSpaces
      return Statement(.command(name: name, argument: argument), token.range)
    }
    if at(.let) { return try parseBinding() }
    if at(.fn) { return try parseFunction() }
    let expression = try parseExpression()
    return Statement(.expression(expression), expression.range)
  }

  /// binding = "let" NAME "=" expression ;
  mutating func parseBinding() throws(ParseError) -> Statement {
    let start = advance().range
    let name = try expectName("a name after 'let'")
    _ = try expect(.assign)
    skipNewlines()
    let value = try parseExpression()
    return Statement(.binding(name, value), Parser.span(start, value.range))
  }

  /// function = "fn" NAME "(" [ NAME { "," NAME } ] ")" "=" expression ;
  mutating func parseFunction() throws(ParseError) -> Statement {
    let start = advance().range
    let name = try expectName("a function name after 'fn'")
    _ = try expect(.leftParen)
    var parameters: [Name] = []
    if !at(.rightParen) {
      repeat {
        parameters.append(try expectName("a parameter name"))
      } while eat(.comma)
    }
    _ = try expect(.rightParen, "',' or ')'")
    _ = try expect(.assign)
    skipNewlines()
    let body = try parseExpression()
    return Statement(.function(name, parameters: parameters, body: body), Parser.span(start, body.range))
  }
}
