/// The kinds of values a parameter takes, as signatures print them.
public enum ValueKind: String, Sendable, CaseIterable {
  /// An estimate (a plain number, a range, a number with a unit).
  case number
  /// Text.
  case string
  /// A truth value.
  case bool
  /// A calendar day.
  case day
  /// An inclusive range of days.
  case period
  /// A table.
  case table
  /// A column of a table.
  case column
  /// A list.
  case list
  /// A function.
  case function
  /// Any value.
  case any
}
