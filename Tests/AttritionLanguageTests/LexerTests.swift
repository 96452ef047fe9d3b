import AttritionLanguage
import AttritionSDK
import Testing

/// The lexer: numbers with separators, suffixes and exponents, ranges, days, units, strings, comments.
@Suite("Lexer")
struct LexerTests {
  /// The token kinds of a text, without the final `.end`.
  static func kinds(_ text: String) -> [TokenKind] {
    let (tokens, _) = Lexer.tokenize(text)
    return tokens.map(\.kind).filter { $0 != .end }
  }

  /// The one number a text lexes to, if it lexes to exactly one number and no errors.
  static func number(_ text: String) -> Double? {
    let (tokens, errors) = Lexer.tokenize(text)
    guard errors.isEmpty, tokens.count == 2, case .number(let value) = tokens[0].kind else { return nil }
    return value
  }

  @Test(
    "numbers with separators, k/M suffixes and exponents",
    arguments: [
      ("950", 950.0), ("950_000", 950_000), ("1_000_000", 1_000_000), ("950k", 950_000), ("60k", 60_000),
      ("1.5M", 1_500_000), ("2M", 2_000_000), ("0.25", 0.25), ("2e3", 2_000), ("2E3", 2_000), ("1.5e-3", 0.0015),
      ("2e+2", 200), ("1e2k", 100_000), ("603628", 603_628), ("9_007_199_254_740_992", 9_007_199_254_740_992),
    ])
  func numbers(text: String, expected: Double) {
    #expect(Self.number(text) == expected, "\(text) lexed as \(Self.kinds(text))")
  }

  @Test("the number keeps its source text")
  func numberText() {
    let (tokens, _) = Lexer.tokenize("950_000 60k")
    #expect(tokens.map(\.text) == ["950_000", "60k", ""])
  }

  @Test("'1..5' is a number, '..', a number; '1.5..2.5' keeps the fractions")
  func ranges() {
    #expect(Self.kinds("1..5") == [.number(1), .symbol(.dotDot), .number(5)])
    #expect(Self.kinds("1.5..2.5") == [.number(1.5), .symbol(.dotDot), .number(2.5)])
    #expect(Self.kinds("60k..100k") == [.number(60_000), .symbol(.dotDot), .number(100_000)])
  }

  @Test("days and periods")
  func days() throws {
    let start = try #require(Day(iso: "2024-01-01"))
    let end = try #require(Day(iso: "2025-06-04"))
    #expect(Self.kinds("2024-01-01") == [.day(start)])
    #expect(Self.kinds("2024-01-01..2025-06-04") == [.day(start), .symbol(.dotDot), .day(end)])
    #expect(Self.kinds("2024-02-29") == [.day(try #require(Day(iso: "2024-02-29")))])
  }

  @Test("a day that does not exist is an error", arguments: ["2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10"])
  func invalidDays(text: String) {
    let (_, errors) = Lexer.tokenize(text)
    #expect(errors.map(\.kind) == [.invalidDay(text)])
  }

  @Test("'km²' and 'km2' are both one name after a number")
  func squareKilometres() {
    #expect(Self.kinds("5000 km²") == [.number(5_000), .identifier("km²")])
    #expect(Self.kinds("5000 km2") == [.number(5_000), .identifier("km2")])
    #expect(Self.kinds("50 m/day") == [.number(50), .identifier("m"), .symbol(.slash), .identifier("day")])
    #expect(Self.kinds("5000km²") == [.number(5_000), .identifier("km²")])
  }

  @Test("a suffix letter followed by more letters is a unit, not a suffix")
  func suffixOrUnit() {
    #expect(Self.kinds("5 kg") == [.number(5), .identifier("kg")])
    #expect(Self.kinds("5km") == [.number(5), .identifier("km")])
    #expect(Self.kinds("5Mm") == [.number(5), .identifier("Mm")])
  }

  @Test(
    "strings with escapes",
    arguments: [
      (#""CSIS 2025-06-03""#, "CSIS 2025-06-03"), (#""a\"b""#, "a\"b"), (#""back\\slash""#, "back\\slash"),
      (#""one\ntwo""#, "one\ntwo"), (#""tab\there""#, "tab\there"), (#""""#, ""), (#""Київ km²""#, "Київ km²"),
    ])
  func strings(text: String, expected: String) {
    let (tokens, errors) = Lexer.tokenize(text)
    #expect(errors.isEmpty)
    #expect(tokens.first?.kind == .string(expected))
  }

  @Test("an unknown escape and an unterminated string are errors with their spans")
  func stringErrors() throws {
    let (_, escapeErrors) = Lexer.tokenize(#""a\qb""#)
    let escape = try #require(escapeErrors.first)
    #expect(escape.kind == .invalidEscape("\\q"))
    #expect(escape.range.start.column == 3 && escape.range.end.column == 5)
    let (_, openErrors) = Lexer.tokenize("let s = \"abc\n1")
    let open = try #require(openErrors.first)
    #expect(open.kind == .unterminatedString)
    #expect(open.range.start.line == 1 && open.range.start.column == 9)
    #expect(Lexer.tokenize("\"abc\\").errors.map(\.kind) == [.unterminatedString])
  }

  @Test("keywords, names and symbols")
  func words() {
    #expect(
      Self.kinds("let fn to and or not true false x_1") == [
        .keyword(.let), .keyword(.fn), .keyword(.to), .keyword(.and), .keyword(.or), .keyword(.not), .keyword(.true),
        .keyword(.false), .identifier("x_1"),
      ])
    #expect(
      Self.kinds("== != <= >= < > = | , : ; . ^ ·") == [
        .symbol(.equal), .symbol(.notEqual), .symbol(.lessEqual), .symbol(.greaterEqual), .symbol(.less),
        .symbol(.greater), .symbol(.assign), .symbol(.pipe), .symbol(.comma), .symbol(.colon), .symbol(.semicolon),
        .symbol(.dot), .symbol(.caret), .symbol(.middleDot),
      ])
  }

  @Test("comments end at the line; newlines are tokens except inside brackets")
  func commentsAndNewlines() {
    #expect(Self.kinds("1 # one\n2") == [.number(1), .newline, .number(2)])
    #expect(
      Self.kinds("f(1,\n2)\n[3,\n4]") == [
        .identifier("f"), .symbol(.leftParen), .number(1), .symbol(.comma), .number(2), .symbol(.rightParen), .newline,
        .symbol(.leftBracket), .number(3), .symbol(.comma), .number(4), .symbol(.rightBracket),
      ])
    #expect(Self.kinds("# only a comment").isEmpty)
  }

  @Test("an unexpected character is reported with its position and lexing goes on")
  func unexpectedCharacter() throws {
    let (tokens, errors) = Lexer.tokenize("1 @ 2\n$")
    #expect(errors.map(\.kind) == [.unexpectedCharacter("@"), .unexpectedCharacter("$")])
    #expect(errors.map(\.range.start.line) == [1, 2])
    #expect(tokens.map(\.kind).contains(.number(2)))
  }

  @Test("out-of-range and too-large literals are errors, not infinities or rounded integers")
  func numberErrors() {
    #expect(Lexer.tokenize("1e400").errors.map(\.kind) == [.numberOutOfRange("1e400")])
    #expect(Lexer.tokenize("99999999999999999999").errors.map(\.kind) == [.integerTooLarge("99999999999999999999")])
    #expect(Lexer.tokenize("9007199254740994").errors.map(\.kind) == [.integerTooLarge("9007199254740994")])
  }

  @Test("2^53 + 1 cannot be held exactly either, so it is refused like every larger integer")
  func justAboveExactIntegers() {
    // 9007199254740993 rounds to 9007199254740992 as a double; the lexer must not accept it silently.
    #expect(Lexer.tokenize("9007199254740993").errors.map(\.kind) == [.integerTooLarge("9007199254740993")])
  }

  @Test("positions count lines and columns from 1, in Unicode scalars")
  func positions() throws {
    let (tokens, _) = Lexer.tokenize("let a = 1\n  5000 km² + b")
    let b = try #require(tokens.first { $0.kind == .identifier("b") })
    #expect(b.range.start.line == 2)
    #expect(b.range.start.column == 14)
  }
}
