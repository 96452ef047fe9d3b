import AttritionSDK

extension Parser {
  /// "derive" NAME "=" disjunction { "," NAME "=" disjunction } ;
  mutating func parseDerive(from start: SourceRange) throws(ParseError) -> Stage {
    var derivations: [Derivation] = []
    repeat {
      let name = try expectName("a column name")
      _ = try expect(.assign, "'=' after the column name")
      let value = try parseDisjunction()
      derivations.append(Derivation(name: name, value: value))
    } while eat(.comma)
    return Stage(.derive(derivations), Parser.span(start, derivations.last?.value.range ?? start))
  }

  /// "join" [ "left" ] postfix "on" NAME { "," NAME } ;
  ///
  /// The table is a name, a call or a parenthesised pipeline, so `on` cannot be read as part of it.
  mutating func parseJoin(from start: SourceRange) throws(ParseError) -> Stage {
    var keepsUnmatched = false
    if atWord("left") {
      keepsUnmatched = true
      advance()
    }
    let other = try parsePostfix()
    guard atWord("on") else { throw error(expected: "'on' and the key columns") }
    advance()
    let keys = try parseNames()
    return Stage(
      .join(other, on: keys, keepsUnmatched: keepsUnmatched), Parser.span(start, keys.last?.range ?? start))
  }
}
