/// One parameter of a function.
public struct ParameterDescriptor: Sendable {
  /// The name, also the label of a named argument.
  public let name: String
  /// The kind of value it takes.
  public let kind: ValueKind
  /// One line on what it means (with its unit, if it has one).
  public let summary: String
  /// Whether it may be left out.
  public let isOptional: Bool

  /// Creates a parameter.
  public init(_ name: String, _ kind: ValueKind, _ summary: String = "", isOptional: Bool = false) {
    self.name = name
    self.kind = kind
    self.summary = summary
    self.isOptional = isOptional
  }
}
