import AttritionSDK

extension Parser {
  /// primary = NUMBER [ unit ] | STRING | DAY | "true" | "false" | NAME
  ///         | "(" expression ")" | "[" [ expression { "," expression } ] "]" ;
  mutating func parsePrimary() throws(ParseError) -> Expression {
    let token = current
    switch token.kind {
    case .number(let value):
      advance()
      if at(.slash), !current.isPrecededBySpace, index + 1 < tokens.count, !tokens[index + 1].isPrecededBySpace,
        unitNameFollows(tokens[index + 1])
      {
        // `3.45/day`: a unit that is only a denominator, as results such as `793.7 /day` print.
        advance()
        let (unit, unitRange) = try parseUnit(afterNumber: true, leadingDivision: true)
        return Expression(.number(value, unit: unit), Parser.span(token.range, unitRange))
      }
      guard startsUnit() else { return Expression(.number(value, unit: .none), token.range) }
      let (unit, unitRange) = try parseUnit(afterNumber: true)
      return Expression(.number(value, unit: unit), Parser.span(token.range, unitRange))
    case .string(let text):
      advance()
      return Expression(.string(text), token.range)
    case .day(let day):
      advance()
      return Expression(.day(day), token.range)
    case .keyword(.true), .keyword(.false):
      advance()
      return Expression(.bool(token.kind == .keyword(.true)), token.range)
    case .identifier(let name):
      advance()
      return Expression(.identifier(name), token.range)
    case .symbol(.leftParen):
      advance()
      let inner = try parseExpression()
      let end = try expect(.rightParen).range
      return Expression(inner.kind, Parser.span(token.range, end))
    case .symbol(.leftBracket):
      advance()
      var elements: [Expression] = []
      if !at(.rightBracket) {
        repeat {
          elements.append(try parseExpression())
        } while eat(.comma)
      }
      let end = try expect(.rightBracket, "',' or ']'").range
      return Expression(.list(elements), Parser.span(token.range, end))
    default:
      throw error(expected: "an expression")
    }
  }

  /// Whether the token after a number starts its unit: a unit name or `%` on the same line.
  func startsUnit() -> Bool {
    switch current.kind {
    case .symbol(.percent): return true
    case .identifier(let name): return Unit.named(name) != nil || !continuesExpression(after: name)
    default: return false
    }
  }

  /// A name right after a number that is not a unit is reported as an unknown unit, unless what
  /// follows shows it is something else (`3 x` is never valid, so the unit reading is the helpful one).
  private func continuesExpression(after name: String) -> Bool {
    peekKind() == .symbol(.leftParen) || peekKind() == .symbol(.colon)
  }

  /// unit = unit_power { ( "/" | "*" | "·" ) unit_power } ;
  ///
  /// After a number, `/` and `*` continue the unit only when they touch both neighbours and a
  /// unit name follows, so `5000 km² / days(p)` is a division.
  mutating func parseUnit(afterNumber: Bool, leadingDivision: Bool = false) throws(ParseError) -> (Unit, SourceRange) {
    var (unit, range) = try parseUnitPower()
    if leadingDivision { unit = unit.power(-1) }
    while true {
      let isMiddleDot = at(.middleDot)
      guard at(.slash) || at(.star) || isMiddleDot else { break }
      let next = tokens[min(index + 1, tokens.count - 1)]
      if afterNumber && !isMiddleDot {
        let touches = !current.isPrecededBySpace && !next.isPrecededBySpace
        guard touches, unitNameFollows(next) else { break }
      }
      let isDivision = at(.slash)
      advance()
      let (factor, factorRange) = try parseUnitPower()
      // Factors are kept as written (`km/m` stays a ratio with scale 1,000), never merged with a loss.
      unit = Unit(factors: unit.factors + (isDivision ? factor.power(-1) : factor).factors)
      range = Parser.span(range, factorRange)
    }
    return (unit, range)
  }

  func unitNameFollows(_ token: Token) -> Bool {
    guard index + 2 < tokens.count, tokens[index + 2].kind != .symbol(.leftParen) else { return false }
    if case .identifier(let name) = token.kind { return Unit.named(name) != nil }
    return token.kind == .symbol(.percent)
  }

  /// unit_power = ( UNIT_NAME | "%" ) [ "^" [ "-" ] INTEGER ] ;
  mutating func parseUnitPower() throws(ParseError) -> (Unit, SourceRange) {
    let token = current
    let unit: Unit
    switch token.kind {
    case .symbol(.percent):
      unit = Unit(.percent)
    case .identifier(let name):
      guard let known = Unit.named(name) else {
        let suggestion = Suggestions.closest(to: name, among: Unit.catalog.keys)
        throw ParseError(.unknownUnit(name, suggestion: suggestion), token.range)
      }
      unit = known
    default:
      throw ParseError(.expectedUnit(Parser.describe(token)), token.range)
    }
    advance()
    guard eat(.caret) else { return (unit, token.range) }
    let negative = eat(.minus)
    guard case .number(let exponent) = current.kind, exponent == exponent.rounded(), abs(exponent) < 10 else {
      throw error(expected: "a small whole exponent after '^'")
    }
    let end = advance().range
    return (unit.power(Int(exponent) * (negative ? -1 : 1)), Parser.span(token.range, end))
  }
}
