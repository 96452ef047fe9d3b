/// Prefix operators.
public enum UnaryOperator: String, Sendable {
  case negate = "-"
  case not = "not"
}
