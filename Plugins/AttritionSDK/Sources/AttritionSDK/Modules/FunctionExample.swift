/// A call that documents a function and runs as its test: `input` evaluated must render as `output`.
public struct FunctionExample: Sendable {
  /// The code, e.g. `casualty.ratio(950k, 400k)`.
  public let input: String
  /// The result exactly as the human format prints it, e.g. `2.375`.
  public let output: String

  /// Creates an example.
  public init(_ input: String, _ output: String) {
    self.input = input
    self.output = output
  }
}
