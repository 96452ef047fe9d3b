public import AttritionSDK

/// An aggregate of a group stage: `sum(tank) as tanks`.
public struct Aggregate: Sendable {
  /// Which aggregate.
  public var function: AggregateFunction
  /// The column it reads; nil for `count()`.
  public var column: Name?
  /// The output column's name.
  public var outputName: String
  /// Where it was written.
  public var range: SourceRange

  /// Creates an aggregate.
  public init(function: AggregateFunction, column: Name?, outputName: String, range: SourceRange) {
    self.function = function
    self.column = column
    self.outputName = outputName
    self.range = range
  }
}
