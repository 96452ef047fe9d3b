import AttritionSDK

extension Parser {
  /// stage = "where" … | "select" … | "sort" … | "limit" … | "group" … | "derive" … | "join" … ;
  ///
  /// Stage words are not reserved: they are recognised only right after `|`, so a column may be
  /// called `limit` or `group`.
  mutating func parseStage() throws(ParseError) -> Stage {
    let start = current.range
    guard case .identifier(let word) = current.kind else {
      throw error(expected: "a stage ('where', 'select', 'sort', 'limit', 'group', 'derive' or 'join')")
    }
    switch word {
    case "where":
      advance()
      let condition = try parseDisjunction()
      return Stage(.filter(condition), Parser.span(start, condition.range))
    case "select":
      advance()
      let names = try parseNames()
      return Stage(.select(names), Parser.span(start, names.last?.range ?? start))
    case "sort":
      advance()
      var keys: [SortKey] = []
      repeat {
        let column = try expectName("a column name")
        var descending = false
        if atWord("desc") || atWord("asc") {
          descending = atWord("desc")
          advance()
        }
        keys.append(SortKey(column: column, descending: descending))
      } while eat(.comma)
      return Stage(.sort(keys), Parser.span(start, tokens[index - 1].range))
    case "limit":
      advance()
      let count = try parseDisjunction()
      return Stage(.limit(count), Parser.span(start, count.range))
    case "group":
      advance()
      return try parseGroup(from: start)
    case "derive":
      advance()
      return try parseDerive(from: start)
    case "join":
      advance()
      return try parseJoin(from: start)
    default:
      let suggestion = Suggestions.closest(
        to: word, among: ["where", "select", "sort", "limit", "group", "derive", "join"])
      let found = "'\(word)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
      throw ParseError(
        .expected("a stage ('where', 'select', 'sort', 'limit', 'group', 'derive' or 'join')", found: found),
        current.range)
    }
  }

  mutating func parseNames() throws(ParseError) -> [Name] {
    var names: [Name] = []
    repeat {
      names.append(try expectName("a column name"))
    } while eat(.comma)
    return names
  }

  /// "group" aggregate { "," aggregate } "by" NAME { "," NAME } ;
  mutating func parseGroup(from start: SourceRange) throws(ParseError) -> Stage {
    var aggregates: [Aggregate] = []
    repeat {
      aggregates.append(try parseAggregate())
    } while eat(.comma)
    guard atWord("by") else { throw error(expected: "'by' or ','") }
    advance()
    let keys = try parseNames()
    return Stage(.group(aggregates, by: keys), Parser.span(start, keys.last?.range ?? start))
  }

  /// aggregate = ( "sum" | "mean" | "min" | "max" | "count" ) "(" [ NAME ] ")" [ "as" NAME ] ;
  mutating func parseAggregate() throws(ParseError) -> Aggregate {
    let start = current.range
    let names = AggregateFunction.allCases.map(\.rawValue)
    guard case .identifier(let word) = current.kind, let function = AggregateFunction(rawValue: word) else {
      throw error(expected: "an aggregate (\(names.map { "'\($0)'" }.joined(separator: ", ")))")
    }
    advance()
    _ = try expect(.leftParen)
    var column: Name?
    if !at(.rightParen) { column = try expectName("a column name") }
    var end = try expect(.rightParen).range
    guard column != nil || function == .count else { throw ParseError(.expected("a column name", found: "')'"), end) }
    var outputName = column.map { "\(function.rawValue)_\($0.text)" } ?? "count"
    if atWord("as") {
      advance()
      let alias = try expectName("a column name after 'as'")
      outputName = alias.text
      end = alias.range
    }
    return Aggregate(function: function, column: column, outputName: outputName, range: Parser.span(start, end))
  }
}
