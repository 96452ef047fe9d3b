public import AttritionSDK

extension Column {
  /// Gives a column of numbers a unit: integer cells become numbers in `unit` (exact up to 2⁵³,
  /// far above any count here), number cells keep their values. Other columns are left alone.
  public mutating func measure(in unit: Unit) {
    switch data {
    case .integer(let cells): data = .number(cells.map { $0.map(Double.init) }, unit: unit)
    case .number(let cells, _): data = .number(cells, unit: unit)
    default: break
    }
  }
}
