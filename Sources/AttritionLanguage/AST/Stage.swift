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
  /// Adds (or replaces) columns computed from each row: `derive month = month(date)`.
  case derive([Derivation])
  /// Pairs each row with the rows of another table that have equal keys; with `keepsUnmatched`
  /// (`join left`), rows without a match stay, their new cells missing.
  case join(Expression, on: [Name], keepsUnmatched: Bool)
}

/// A computed column of a derive stage: `month = month(date)`.
public struct Derivation: Sendable {
  /// The column's name.
  public var name: Name
  /// The value computed for each row.
  public var value: Expression

  /// Creates a derivation.
  public init(name: Name, value: Expression) {
    self.name = name
    self.value = value
  }
}
