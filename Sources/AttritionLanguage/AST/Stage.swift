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
