/// A value of the Attrition language.
public enum Value: Sendable {
  /// A figure with bounds, unit and sources.
  case estimate(Estimate)
  /// Text.
  case string(String)
  /// A truth value.
  case bool(Bool)
  /// A calendar day.
  case day(Day)
  /// An inclusive range of days.
  case period(Period)
  /// A table.
  case table(Table)
  /// One column of a table.
  case column(Column)
  /// An ordered list of values.
  case list([Value])
  /// A function that can be called.
  case function(any Callable)
  /// A chart of a table's columns.
  case chart(Chart)
  /// The absence of a value (what `assert` returns).
  case null

  /// The name of the value's type, as diagnostics print it.
  public var typeName: String {
    switch self {
    case .estimate: "number"
    case .string: "string"
    case .bool: "bool"
    case .day: "day"
    case .period: "period"
    case .table: "table"
    case .column: "column"
    case .list: "list"
    case .function: "function"
    case .chart: "chart"
    case .null: "null"
    }
  }
}

/// Something the language can call: a user function, a built-in or a module function.
public protocol Callable: Sendable {
  /// The name it is called by.
  var name: String { get }
  /// Its parameter names, in order.
  var parameterNames: [String] { get }
}
