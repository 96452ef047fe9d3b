public import AttritionSDK

/// An error found while reading source text: its kind and the span it is about.
public struct ParseError: DiagnosticConvertible, Equatable, Sendable {
  /// What went wrong.
  public var kind: Kind
  /// Where.
  public var range: SourceRange

  /// Creates a parse error.
  public init(_ kind: Kind, _ range: SourceRange) {
    self.kind = kind
    self.range = range
  }

  /// The kinds of parse errors, in alphabetical order; each name is its stable diagnostic ID.
  public enum Kind: Equatable, Sendable {
    case expected(String, found: String)
    case expectedUnit(String)
    case integerTooLarge(String)
    case invalidDay(String)
    case invalidEscape(String)
    case nestedTooDeeply(limit: Int)
    case numberOutOfRange(String)
    case stringTooLong(limit: Int)
    case tooManyOperators(limit: Int)
    case unexpectedCharacter(String)
    case unknownUnit(String, suggestion: String?)
    case unterminatedQuotedName
    case unterminatedString
  }

  /// The diagnostic, with the `parse` phase.
  public var diagnostic: Diagnostic {
    let (name, message, notes) = kind.catalogue
    return Diagnostic(id: DiagnosticID(phase: "parse", name: name), message: message, range: range, notes: notes)
  }
}

extension ParseError.Kind {
  /// Stable name, message and notes of each kind.
  var catalogue: (String, String, [String]) {
    switch self {
    case .expected(let what, let found):
      return ("expected", "expected \(what), found \(found)", [])
    case .expectedUnit(let found):
      return (
        "expected_unit", "expected a unit, found \(found)", ["units: m, km, km², ha, day, week, month, year, %, …"]
      )
    case .integerTooLarge(let literal):
      return (
        "integer_too_large", "integer literal '\(literal)' is too large to hold exactly",
        ["integers up to 9,007,199,254,740,992 are exact; write it with a decimal point to accept rounding"]
      )
    case .invalidDay(let literal):
      return ("invalid_day", "'\(literal)' is not a calendar day", [])
    case .invalidEscape(let escape):
      return ("invalid_escape", "unknown escape '\(escape)' in string", ["known escapes: \\n \\t \\\" \\\\"])
    case .nestedTooDeeply(let limit):
      return ("nested_too_deeply", "expression nested more than \(limit.grouped) levels deep", [])
    case .numberOutOfRange(let literal):
      return ("number_out_of_range", "number '\(literal)' is out of range", ["the largest number is about 1.8e308"])
    case .stringTooLong(let limit):
      return (
        "string_too_long", "string literal longer than \(limit.grouped) bytes",
        ["keep long text in a file and load it"]
      )
    case .tooManyOperators(let limit):
      return (
        "too_many_operators", "statement has more than \(limit.grouped) operators",
        ["split it into several 'let' statements, or sum a list: sum([…])"]
      )
    case .unexpectedCharacter(let character):
      return ("unexpected_character", "unexpected character '\(character)'", [])
    case .unknownUnit(let name, let suggestion):
      return ("unknown_unit", "unknown unit '\(name)'", suggestion.map { ["did you mean '\($0)'?"] } ?? [])
    case .unterminatedQuotedName:
      return (
        "unterminated_quoted_name", "unterminated or empty name in backticks",
        ["write a name with spaces as `field artillery`, on one line"]
      )
    case .unterminatedString:
      return ("unterminated_string", "unterminated string", ["close it with '\"' on the same line"])
    }
  }
}

extension Int {
  /// The number with `,` between groups of three digits, as messages print limits: `10,000`.
  var grouped: String {
    var digits = String(magnitude)
    var result = ""
    while digits.count > 3 {
      result = "," + digits.suffix(3) + result
      digits.removeLast(3)
    }
    return (self < 0 ? "-" : "") + digits + result
  }
}
