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
