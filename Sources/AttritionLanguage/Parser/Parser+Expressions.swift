import AttritionSDK

extension Parser {
  /// expression = disjunction { "|" stage } ;
  mutating func parseExpression() throws(ParseError) -> Expression {
    try nested { (parser: inout Parser) throws(ParseError) in
      let source = try parser.parseDisjunction()
      var stages: [Stage] = []
      while parser.continuesWithPipe() {
        parser.skipNewlines()
        parser.advance()
        parser.skipNewlines()
        stages.append(try parser.parseStage())
      }
      guard let last = stages.last else { return source }
      return Expression(.pipeline(source, stages), Parser.span(source.range, last.range))
    }
  }

  /// Whether a `|` follows, possibly at the start of a later line.
  func continuesWithPipe() -> Bool {
    var ahead = index
    while tokens[ahead].kind == .newline { ahead += 1 }
    return tokens[ahead].kind == .symbol(.pipe)
  }

  /// disjunction = conjunction { "or" conjunction } ;
  mutating func parseDisjunction() throws(ParseError) -> Expression {
    var left = try parseConjunction()
    while at(.or) {
      advance()
      skipNewlines()
      let right = try parseConjunction()
      try countOperator()
      left = Expression(.binary(.or, left, right), Parser.span(left.range, right.range))
    }
    return left
  }

  /// conjunction = negation { "and" negation } ;
  mutating func parseConjunction() throws(ParseError) -> Expression {
    var left = try parseNegation()
    while at(.and) {
      advance()
      skipNewlines()
      let right = try parseNegation()
      try countOperator()
      left = Expression(.binary(.and, left, right), Parser.span(left.range, right.range))
    }
    return left
  }

  /// negation = "not" negation | comparison ;
  mutating func parseNegation() throws(ParseError) -> Expression {
    guard at(.not) else { return try parseComparison() }
    let start = advance().range
    let operand = try nested { (parser: inout Parser) throws(ParseError) in try parser.parseNegation() }
    return Expression(.unary(.not, operand), Parser.span(start, operand.range))
  }

  /// comparison = conversion [ ( "==" | "!=" | "<" | "<=" | ">" | ">=" ) conversion ] ;
  mutating func parseComparison() throws(ParseError) -> Expression {
    let left = try parseConversion()
    let operators: [Symbol: BinaryOperator] = [
      .equal: .equal, .notEqual: .notEqual, .less: .less, .lessEqual: .lessEqual, .greater: .greater,
      .greaterEqual: .greaterEqual,
    ]
    guard case .symbol(let symbol) = current.kind, let operation = operators[symbol] else { return left }
    advance()
    skipNewlines()
    let right = try parseConversion()
    return Expression(.binary(operation, left, right), Parser.span(left.range, right.range))
  }

  /// conversion = sum { "to" unit } ;
  mutating func parseConversion() throws(ParseError) -> Expression {
    var value = try parseSum()
    while at(.to) {
      advance()
      skipNewlines()
      let (unit, range) = try parseUnit(afterNumber: false)
      value = Expression(.conversion(value, unit), Parser.span(value.range, range))
    }
    return value
  }

  /// range = prefix [ ".." prefix ] ;
  mutating func parseRange() throws(ParseError) -> Expression {
    let low = try parsePrefix()
    guard eat(.dotDot) else { return low }
    skipNewlines()
    let high = try parsePrefix()
    return Expression(.range(low, high), Parser.span(low.range, high.range))
  }

  /// sum = product { ( "+" | "-" ) product } ;
  mutating func parseSum() throws(ParseError) -> Expression {
    var left = try parseProduct()
    while at(.plus) || at(.minus) {
      let operation: BinaryOperator = at(.plus) ? .add : .subtract
      advance()
      skipNewlines()
      let right = try parseProduct()
      try countOperator()
      left = Expression(.binary(operation, left, right), Parser.span(left.range, right.range))
    }
    return left
  }

  /// product = range { ( "*" | "/" ) range } ;
  mutating func parseProduct() throws(ParseError) -> Expression {
    var left = try parseRange()
    while at(.star) || at(.slash) {
      let operation: BinaryOperator = at(.star) ? .multiply : .divide
      advance()
      skipNewlines()
      let right = try parseRange()
      try countOperator()
      left = Expression(.binary(operation, left, right), Parser.span(left.range, right.range))
    }
    return left
  }

  /// prefix = ( "-" | "+" ) prefix | postfix ;
  mutating func parsePrefix() throws(ParseError) -> Expression {
    guard at(.minus) || at(.plus) else { return try parsePostfix() }
    let isNegation = at(.minus)
    let start = advance().range
    let operand = try nested { (parser: inout Parser) throws(ParseError) in try parser.parsePrefix() }
    let range = Parser.span(start, operand.range)
    return isNegation ? Expression(.unary(.negate, operand), range) : Expression(operand.kind, range)
  }

  /// postfix = primary { "(" [ argument { "," argument } ] ")" | "." NAME | "[" expression "]" } ;
  mutating func parsePostfix() throws(ParseError) -> Expression {
    var value = try parsePrimary()
    while true {
      if at(.leftParen) && !current.isPrecededBySpace || at(.leftParen) && isCallee(value) {
        advance()
        var arguments: [Argument] = []
        if !at(.rightParen) {
          repeat {
            arguments.append(try parseArgument())
          } while eat(.comma)
        }
        let end = try expect(.rightParen, "',' or ')'").range
        value = Expression(.call(value, arguments), Parser.span(value.range, end))
      } else if at(.dot) {
        advance()
        let name = try expectName("a name after '.'")
        value = Expression(.member(value, name.text), Parser.span(value.range, name.range))
      } else if at(.leftBracket) && !current.isPrecededBySpace {
        advance()
        let position = try parseExpression()
        let end = try expect(.rightBracket).range
        value = Expression(.index(value, position), Parser.span(value.range, end))
      } else {
        return value
      }
    }
  }

  private func isCallee(_ expression: Expression) -> Bool {
    switch expression.kind {
    case .identifier, .member, .call: true
    default: false
    }
  }

  /// argument = [ NAME ":" ] expression ;
  mutating func parseArgument() throws(ParseError) -> Argument {
    if case .identifier(let label) = current.kind, peekKind() == .symbol(.colon) {
      advance()
      advance()
      return Argument(label: label, value: try parseExpression())
    }
    return Argument(label: nil, value: try parseExpression())
  }
}
