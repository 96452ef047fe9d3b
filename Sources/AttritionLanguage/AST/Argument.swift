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
