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

  /// statement = command | import | module | binding | function | expression ;
  mutating func parseStatement() throws(ParseError) -> Statement {
    operatorCount = 0
    if case .command(let text) = current.kind {
      let token = advance()
      let name = String(text.prefix { !$0.isWhitespace })
      let argument = String(text.dropFirst(name.count)).trimmingSpaces
      return Statement(.command(name: name, argument: argument), token.range)
    }
    if at(.let) { return try parseBinding() }
    if at(.fn) {
      let line = current.range.start.line
      var statement = try parseFunction()
      statement.documentation = documentation(above: line)
      return statement
    }
    if case .identifier("import") = current.kind, case .string(let path) = peekKind() {
      let start = advance().range
      let pathToken = advance()
      return Statement(.importModule(path: path), Parser.span(start, pathToken.range))
    }
    if case .identifier("module") = current.kind, case .identifier = peekKind(), endsStatement(peekKind(2)) {
      let line = current.range.start.line
      let start = advance().range
      let name = try expectName("a module name")
      return Statement(.module(name), Parser.span(start, name.range), documentation: documentation(above: line))
    }
    let expression = try parseExpression()
    return Statement(.expression(expression), expression.range)
  }

  /// The `##` lines right above `line`, top to bottom.
  func documentation(above line: Int) -> [String] {
    var lines: [String] = []
    var current = line - 1
    while let text = documentation[current] {
      lines.append(text)
      current -= 1
    }
    return lines.reversed()
  }

  func endsStatement(_ kind: TokenKind) -> Bool {
    if case .symbol(.semicolon) = kind { return true }
    return kind == .newline || kind == .end
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
