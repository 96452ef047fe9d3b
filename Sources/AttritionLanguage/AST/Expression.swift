public import AttritionSDK

/// An expression of the language and the span of source it was read from.
public struct Expression: Sendable {
  /// What the expression is.
  public var kind: ExpressionKind
  /// Where it was written.
  public var range: SourceRange

  /// Creates an expression.
  public init(_ kind: ExpressionKind, _ range: SourceRange) {
    self.kind = kind
    self.range = range
  }
}

/// The kinds of expressions.
public indirect enum ExpressionKind: Sendable {
  /// A number with an optional unit: `950k`, `5000 km²`, `50 m/day`.
  case number(Double, unit: Unit)
  /// A string literal.
  case string(String)
  /// A day literal `2024-01-01`.
  case day(Day)
  /// `true` or `false`.
  case bool(Bool)
  /// A name: a variable, a function or a module.
  case identifier(String)
  /// A list `[a, b, c]`.
  case list([Expression])
  /// A prefix operation: `-x`, `not x`.
  case unary(UnaryOperator, Expression)
  /// An infix operation.
  case binary(BinaryOperator, Expression, Expression)
  /// A range `a..b`: an estimate between two numbers, or a period between two days.
  case range(Expression, Expression)
  /// A unit conversion `x to km/week`.
  case conversion(Expression, Unit)
  /// A call with positional and named arguments.
  case call(Expression, [Argument])
  /// A member: a table's column, a module's function, a period's field.
  case member(Expression, String)
  /// An element of a list: `args[0]`.
  case index(Expression, Expression)
  /// A table flowing through stages: `t | where … | select …`.
  case pipeline(Expression, [Stage])
}

/// One argument of a call; `label` is set for `name: value`.
public struct Argument: Sendable {
  /// The name of a named argument.
  public var label: String?
  /// The argument's expression.
  public var value: Expression

  /// Creates an argument.
  public init(label: String?, value: Expression) {
    self.label = label
    self.value = value
  }
}

/// Prefix operators.
public enum UnaryOperator: String, Sendable {
  case negate = "-"
  case not = "not"
}

/// Infix operators.
public enum BinaryOperator: String, Sendable {
  case add = "+"
  case subtract = "-"
  case multiply = "*"
  case divide = "/"
  case equal = "=="
  case notEqual = "!="
  case less = "<"
  case lessEqual = "<="
  case greater = ">"
  case greaterEqual = ">="
  case and, or

  /// The verb diagnostics use: "cannot add …".
  public var verb: String {
    switch self {
    case .add: "add"
    case .subtract: "subtract"
    case .multiply: "multiply"
    case .divide: "divide"
    case .and, .or: "combine"
    default: "compare"
    }
  }
}
