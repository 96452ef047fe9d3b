import AttritionLanguage
import AttritionSDK
import Testing

/// The parser: precedence, units after numbers, conversions, pipelines, arguments and error recovery.
@Suite("Parser")
struct ParserTests {
  /// A compact, fully parenthesised rendering of an expression tree, to compare shapes.
  static func shape(_ expression: Expression) -> String {
    switch expression.kind {
    case .number(let value, let unit):
      let number = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
      return unit.isNone ? number : "\(number)[\(unit)]"
    case .string(let text): return "\"\(text)\""
    case .day(let day): return "\(day)"
    case .bool(let flag): return "\(flag)"
    case .identifier(let name): return name
    case .list(let elements): return "[" + elements.map(shape).joined(separator: ", ") + "]"
    case .unary(let operation, let operand): return "(\(operation.rawValue) \(shape(operand)))"
    case .binary(let operation, let left, let right): return "(\(shape(left)) \(operation.rawValue) \(shape(right)))"
    case .range(let low, let high): return "(\(shape(low))..\(shape(high)))"
    case .conversion(let value, let unit): return "(\(shape(value)) to \(unit))"
    case .call(let callee, let arguments):
      let list = arguments.map { ($0.label.map { "\($0): " } ?? "") + shape($0.value) }
      return "\(shape(callee))(\(list.joined(separator: ", ")))"
    case .member(let base, let name): return "\(shape(base)).\(name)"
    case .index(let base, let position): return "\(shape(base))[\(shape(position))]"
    case .pipeline(let source, let stages):
      return "(\(shape(source))" + stages.map { " | " + stageShape($0) }.joined() + ")"
    }
  }

  static func stageShape(_ stage: Stage) -> String {
    switch stage.kind {
    case .filter(let condition): "where \(shape(condition))"
    case .select(let names): "select " + names.map(\.text).joined(separator: ",")
    case .sort(let keys): "sort " + keys.map { $0.column.text + ($0.descending ? " desc" : "") }.joined(separator: ",")
    case .limit(let count): "limit \(shape(count))"
    case .group(let aggregates, let keys):
      "group "
        + aggregates.map { "\($0.function.rawValue)(\($0.column?.text ?? "")) as \($0.outputName)" }
        .joined(separator: ",") + " by " + keys.map(\.text).joined(separator: ",")
    case .derive(let derivations):
      "derive " + derivations.map { "\($0.name.text) = \(shape($0.value))" }.joined(separator: ",")
    case .join(let other, let keys, let keepsUnmatched):
      "join \(keepsUnmatched ? "left " : "")\(shape(other)) on " + keys.map(\.text).joined(separator: ",")
    }
  }

  /// The shape of a one-expression program.
  static func parsed(_ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String {
    shape(try Script.expression(source, sourceLocation: sourceLocation))
  }

  @Test(
    "precedence and associativity",
    arguments: [
      ("250k / 60k..100k", "(250000 / (60000..100000))"),
      ("1 + 2 * 3", "(1 + (2 * 3))"),
      ("1 - 2 - 3", "((1 - 2) - 3)"),
      ("8 / 4 / 2", "((8 / 4) / 2)"),
      ("(1 + 2) * 3", "((1 + 2) * 3)"),
      ("-2..3", "((- 2)..3)"),
      ("-x * 2", "((- x) * 2)"),
      ("1 + 2 < 4", "((1 + 2) < 4)"),
      ("not a == b", "(not (a == b))"),
      ("a or b and c", "(a or (b and c))"),
      ("not not a", "(not (not a))"),
      ("a and not b or c", "((a and (not b)) or c)"),
      ("x + 1 to km", "((x + 1) to km)"),
      ("1 km + 2 m to m", "((1[km] + 2[m]) to m)"),
      ("a.b(c)[0]", "a.b(c)[0]"),
      ("2024-01-01..2025-06-04", "(2024-01-01..2025-06-04)"),
      ("+5", "5"),
    ])
  func precedence(source: String, expected: String) throws {
    #expect(try Self.parsed(source) == expected)
  }

  @Test("'50 m/day' is one number with a unit; '5000 km² / days(p)' divides")
  func unitSlash() throws {
    #expect(try Self.parsed("50 m/day") == "50[m/day]")
    #expect(try Self.parsed("5000 km² / days(p)") == "(5000[km²] / days(p))")
    #expect(try Self.parsed("5000 km²/days(p)") == "(5000[km²] / days(p))")
    #expect(try Self.parsed("5000 km2 / 603628 km2") == "(5000[km²] / 603628[km²])")
    #expect(try Self.parsed("950k / days(war)") == "(950000 / days(war))")
    #expect(try Self.parsed("50 m / day") == "(50[m] / day)")
    #expect(try Self.parsed("3 km^2") == "3[km²]")
  }

  @Test("'to' converts, and may be chained")
  func conversion() throws {
    #expect(try Self.parsed("50 m/day to km/week") == "(50[m/day] to km/week)")
    #expect(try Self.parsed("1 km to m to km") == "((1[km] to m) to km)")
    #expect(try Self.parsed("x to %") == "(x to %)")
  }

  @Test("a pipeline may continue on following lines that start with '|'")
  func multilinePipeline() throws {
    let source = """
      t
        | where tank > 5 and side == "ru"
        | select side, tank
        | sort tank desc, side
        | limit 2
      """
    #expect(
      try Self.parsed(source)
        == "(t | where ((tank > 5) and (side == \"ru\")) | select side,tank | sort tank desc,side | limit 2)")
  }

  @Test("group stages with aggregates, aliases and several keys")
  func group() throws {
    #expect(
      try Self.parsed("t | group sum(tank), count() by side")
        == "(t | group sum(tank) as sum_tank,count() as count by side)")
    #expect(
      try Self.parsed("t | group mean(tank) as m, min(tank), max(tank) by side, year")
        == "(t | group mean(tank) as m,min(tank) as min_tank,max(tank) as max_tank by side,year)")
  }

  @Test("derive and join stages: computed columns, join keys, left joins")
  func deriveAndJoin() throws {
    #expect(
      try Self.parsed("t | derive m = month(date), d = tank * 2 | join left names on side, year")
        == "(t | derive m = month(date),d = (tank * 2) | join left names on side,year)")
    #expect(try Self.parsed("t | join (u | limit 1) on k") == "(t | join (u | limit 1) on k)")
  }

  @Test("a pipe on the next line joins a binding's expression; a blank line between does not end it")
  func pipelineAfterBinding() throws {
    let statements = try Script.parse("let r = t\n\n  | limit 1\nr")
    #expect(statements.count == 2)
    guard case .binding(let name, let value) = statements[0].kind else {
      Issue.record("expected a binding")
      return
    }
    #expect(name.text == "r")
    #expect(Self.shape(value) == "(t | limit 1)")
  }

  @Test("named arguments keep their labels, in order")
  func namedArguments() throws {
    #expect(try Self.parsed(#"cite(950k, source: "CSIS")"#) == #"cite(950000, source: "CSIS")"#)
    #expect(try Self.parsed("f(b: 1, a: 2)") == "f(b: 1, a: 2)")
    #expect(try Self.parsed("table(side: [\"ru\"], n: [1])") == "table(side: [\"ru\"], n: [1])")
  }

  @Test("lists, indexing and members")
  func listsAndMembers() throws {
    #expect(try Self.parsed("[1, 2, 3][0]") == "[1, 2, 3][0]")
    #expect(try Self.parsed("args[0]") == "args[0]")
    #expect(try Self.parsed("[]") == "[]")
    #expect(try Self.parsed("t.tank") == "t.tank")
    #expect(try Self.parsed("sum(t.tank)") == "sum(t.tank)")
  }

  @Test("a line break after an infix operator or inside brackets continues the expression")
  func continuation() throws {
    #expect(try Self.parsed("1 +\n2") == "(1 + 2)")
    #expect(try Self.parsed("f(1,\n  2)") == "f(1, 2)")
    #expect(try Self.parsed("[1,\n2]") == "[1, 2]")
  }

  @Test("statements: let, fn, expressions, separated by newlines and ';'")
  func statements() throws {
    let statements = try Script.parse("let a = 1; fn f(x, y) = x + y\n\n f(a, 2)\n")
    #expect(statements.count == 3)
    guard case .function(let name, let parameters, let body) = statements[1].kind else {
      Issue.record("expected a function")
      return
    }
    #expect(name.text == "f")
    #expect(parameters.map(\.text) == ["x", "y"])
    #expect(Self.shape(body) == "(x + y)")
    #expect(try Script.parse("").isEmpty)
    #expect(try Script.parse("\n\n# comment\n;;\n").isEmpty)
  }

  @Test("spans cover the whole expression")
  func spans() throws {
    let expression = try Script.expression("  250k / 60k..100k")
    #expect(expression.range.start.column == 3)
    #expect(expression.range.end.column == 19)
  }

  @Test("after an error the parser goes on, so mistakes on two lines are both reported")
  func recovery() {
    let errors = Script.parseErrors("let a = 950k / * 400k\nlet b = 1\nlet c = 5000 kmm\nlet d = (1")
    #expect(errors.map(\.range.start.line) == [1, 3, 4])
    #expect(errors.map(\.diagnostic.id.description) == ["parse.expected", "parse.unknown_unit", "parse.expected"])
    let two = Script.parseErrors("1 +* 2\nlet = 3\n")
    #expect(two.count == 2)
    #expect(two.map(\.range.start.line) == [1, 2])
  }

  @Test(
    "parse errors name what was expected and what was found",
    arguments: [
      ("let = 1", "expected a name after 'let', found '='"),
      ("fn f(x = x", "expected ',' or ')', found '='"),
      ("(1", "expected ')', found end of input"),
      ("1 2", "expected end of statement, found number '2'"),
      (
        "t | frobnicate",
        "expected a stage ('where', 'select', 'sort', 'limit', 'group', 'derive' or 'join'), found 'frobnicate'"
      ),
      (
        "t | wher x",
        "expected a stage ('where', 'select', 'sort', 'limit', 'group', 'derive' or 'join'), found 'wher' (did you mean 'where'?)"
      ),
      ("t | group sum(a)", "expected 'by' or ',', found end of input"),
      ("t | join u side", "expected 'on' and the key columns, found 'side'"),
      ("t | derive m month(date)", "expected '=' after the column name, found 'month'"),
      ("t | group median(a) by b", "expected an aggregate ('sum', 'mean', 'min', 'max', 'count'), found 'median'"),
    ])
  func expectedMessages(source: String, message: String) {
    let errors = Script.parseErrors(source)
    #expect(errors.first?.diagnostic.message == message, "\(errors.map(\.diagnostic.message))")
  }

  @Test("nesting deeper than the limit is an error, not a stack overflow", arguments: ["(", "-", "not ", "[", "abs("])
  func nestingLimit(opening: String) {
    let source = String(repeating: opening, count: 10_000) + "1"
    let errors = Script.parseErrors(source)
    #expect(errors.contains { $0.kind == .nestedTooDeeply(limit: Parser.nestingLimit) }, "\(errors.map(\.kind))")
  }

  @Test("unknown units get a suggestion; a number after 'to' is not a unit")
  func unitErrors() {
    #expect(Script.parseErrors("5000 kmm").first?.kind == .unknownUnit("kmm", suggestion: "km"))
    let afterTo = Script.parseErrors("1 km to 5").first
    #expect(afterTo?.diagnostic.id.description == "parse.expected_unit")
  }

  @Test("the message for a missing unit after 'to' does not speak of a '/' that is not there")
  func unitAfterToMessage() throws {
    let error = try #require(Script.parseErrors("1 km to 5").first)
    #expect(!error.diagnostic.message.contains("'/'"), "message: \(error.diagnostic.message)")
  }
}
