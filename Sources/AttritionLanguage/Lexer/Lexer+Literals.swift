import AttritionSDK

extension Lexer {
  mutating func lexNumberOrDay(spaced: Bool) {
    let start = location
    if let day = lexDay(from: start, spaced: spaced) {
      emit(.day(day), text(from: start), from: start, spaced: spaced)
      return
    }
    var digits = ""
    var isInteger = true
    consumeDigits(into: &digits)
    if peek() == ".", let next = peek(1), next.isASCII, next.properties.numericType != nil {
      isInteger = false
      digits.append(".")
      advance()
      consumeDigits(into: &digits)
    }
    if let marker = peek(), marker == "e" || marker == "E", exponentFollows() {
      isInteger = false
      digits.append("e")
      advance()
      if let sign = peek(), sign == "+" || sign == "-" {
        digits.unicodeScalars.append(sign)
        advance()
      }
      consumeDigits(into: &digits)
    }
    var multiplier = 1.0
    if let suffix = peek(), suffix == "k" || suffix == "M", !(peek(1).map(Lexer.isIdentifierContinuation) ?? false) {
      multiplier = suffix == "k" ? 1_000 : 1_000_000
      advance()
    }
    let literal = text(from: start)
    let range = SourceRange(start: start, end: location)
    guard let parsed = Double(digits) else {
      // Unreachable in practice: the digits gathered above always form a valid double literal.
      errors.append(ParseError(.numberOutOfRange(literal), range))
      emit(.number(0), literal, from: start, spaced: spaced)
      return
    }
    let value = parsed * multiplier
    let isZeroLiteral = digits.prefix { $0 != "e" }.allSatisfy { $0 == "0" || $0 == "." }
    if !value.isFinite || (value == 0 && !isZeroLiteral) || (value != 0 && !value.isNormal) {
      errors.append(ParseError(.numberOutOfRange(literal), range))
    } else if isInteger && !Lexer.isExactInteger(digits, multiplier: multiplier) {
      errors.append(ParseError(.integerTooLarge(literal), range))
    }
    emit(.number(value.isFinite ? value : 0), literal, from: start, spaced: spaced)
  }

  /// Whether an integer literal's digits times its suffix stay within 2^53, where doubles are exact.
  static func isExactInteger(_ digits: String, multiplier: Double) -> Bool {
    guard let integer = Int64(digits) else { return false }
    let (scaled, overflow) = integer.multipliedReportingOverflow(by: Int64(multiplier))
    return !overflow && scaled <= 9_007_199_254_740_992
  }

  private mutating func consumeDigits(into digits: inout String) {
    while let scalar = peek(), (scalar.isASCII && scalar.properties.numericType != nil) || scalar == "_" {
      if scalar != "_" { digits.unicodeScalars.append(scalar) }
      advance()
    }
  }

  private func exponentFollows() -> Bool {
    var ahead = 1
    if let sign = peek(ahead), sign == "+" || sign == "-" { ahead += 1 }
    guard let digit = peek(ahead) else { return false }
    return digit.isASCII && digit.properties.numericType != nil
  }

  /// Reads `YYYY-MM-DD` when the text at `start` has that shape; a shape with an impossible day
  /// is reported and read as a day anyway, so that parsing goes on.
  private mutating func lexDay(from start: SourceLocation, spaced: Bool) -> Day? {
    let shape = "dddd-dd-dd"
    for (offset, expected) in shape.unicodeScalars.enumerated() {
      guard let scalar = peek(offset) else { return nil }
      let isDigit = scalar.isASCII && scalar.properties.numericType != nil
      if expected == "d" ? !isDigit : scalar != expected { return nil }
    }
    if let after = peek(shape.count), Lexer.isIdentifierContinuation(after) { return nil }
    for _ in 0..<shape.count { advance() }
    let literal = text(from: start)
    if let day = Day(iso: literal) { return day }
    errors.append(ParseError(.invalidDay(literal), SourceRange(start: start, end: location)))
    return Day(ordinal: 0)
  }

  /// The most bytes of UTF-8 a string literal may hold: 8 MiB. Data belongs in files; a limit
  /// keeps what a script's text can ask of memory in proportion to it.
  static let maximumStringLength = 8 << 20

  mutating func lexString(spaced: Bool) {
    let start = location
    advance()
    var value = ""
    var length = 0
    var tooLong = false
    while let scalar = peek(), scalar != "\"" {
      if length > Lexer.maximumStringLength, !tooLong {
        tooLong = true
        value = ""
        errors.append(
          ParseError(.stringTooLong(limit: Lexer.maximumStringLength), SourceRange(start: start, end: location)))
      }
      if tooLong {
        if scalar == "\n" { break }
        advance()
        continue
      }
      length += UTF8.width(scalar)
      if scalar == "\n" { break }
      if scalar == "\\" {
        let escapeStart = location
        advance()
        guard let escaped = peek(), escaped != "\n" else { break }
        advance()
        switch escaped {
        case "n": value.append("\n")
        case "t": value.append("\t")
        case "\"": value.append("\"")
        case "\\": value.append("\\")
        default:
          errors.append(
            ParseError(.invalidEscape("\\" + String(escaped)), SourceRange(start: escapeStart, end: location)))
        }
      } else {
        value.unicodeScalars.append(scalar)
        advance()
      }
    }
    guard peek() == "\"" else {
      errors.append(ParseError(.unterminatedString, SourceRange(start: start, end: location)))
      emit(.string(value), text(from: start), from: start, spaced: spaced)
      return
    }
    advance()
    emit(.string(value), text(from: start), from: start, spaced: spaced)
  }
}
