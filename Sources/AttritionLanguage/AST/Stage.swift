public import AttritionSDK

/// One stage of a table pipeline.
public struct Stage: Sendable {
  /// What the stage does.
  public var kind: StageKind
  /// Where it was written.
  public var range: SourceRange

  /// Creates a stage.
  public init(_ kind: StageKind, _ range: SourceRange) {
    self.kind = kind
    self.range = range
  }
}

/// The kinds of pipeline stages.
public enum StageKind: Sendable {
  /// Keeps the rows where the condition holds; columns are names inside it.
  case filter(Expression)
  /// Keeps the named columns, in that order.
  case select([Name])
  /// Orders rows by keys, stable, missing cells last.
  case sort([SortKey])
  /// Keeps the first n rows.
  case limit(Expression)
  /// One row per distinct key, with aggregates over each group.
  case group([Aggregate], by: [Name])
}

/// A name with the span it was written at.
public struct Name: Sendable {
  /// The name.
  public var text: String
  /// Where.
  public var range: SourceRange

  /// Creates a name.
  public init(_ text: String, _ range: SourceRange) {
    self.text = text
    self.range = range
  }
}

/// A sort key: a column and its direction.
public struct SortKey: Sendable {
  /// The column.
  public var column: Name
  /// Whether larger values come first.
  public var descending: Bool

  /// Creates a sort key.
  public init(column: Name, descending: Bool) {
    self.column = column
    self.descending = descending
  }
}

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
