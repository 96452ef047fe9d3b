public import AttritionSDK

/// A statement: a binding, a function definition or an expression whose value is shown.
public struct Statement: Sendable {
  /// What the statement is.
  public var kind: StatementKind
  /// Where it was written.
  public var range: SourceRange
  /// The `##` documentation comment lines right above it (for `fn` and `module`), in order.
  public var documentation: [String]

  /// Creates a statement.
  public init(_ kind: StatementKind, _ range: SourceRange, documentation: [String] = []) {
    self.kind = kind
    self.range = range
    self.documentation = documentation
  }
}

/// The kinds of statements.
public enum StatementKind: Sendable {
  /// `let name = value`.
  case binding(Name, Expression)
  /// `fn name(a, b) = body`.
  case function(Name, parameters: [Name], body: Expression)
  /// An expression; at the top level of a script its value is printed.
  case expression(Expression)
  /// A meta-command line (`:help`, `:modules`, …), run by the session, not the evaluator.
  case command(name: String, argument: String)
  /// `import "path.atn"`: a script module, loaded by the session, not the evaluator.
  case importModule(path: String)
  /// `module name`: the name a script module's functions are called under.
  case module(Name)
}
