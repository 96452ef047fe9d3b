/// A function that reduces a column (or a group's part of it) to one figure.
public enum AggregateFunction: String, Sendable, CaseIterable {
  /// The total of the non-missing cells (0 when there are none).
  case sum
  /// The arithmetic mean of the non-missing cells.
  case mean
  /// The smallest non-missing cell.
  case min
  /// The largest non-missing cell.
  case max
  /// The number of non-missing cells (of rows, for a group's `count()`).
  case count
}

extension Column {
  /// Reduces the cells at `rows` with `function`; nil when nothing is there to reduce, or the
  /// column is not numeric (count excepted).
  ///
  /// Numbers carry the column's unit and sources; estimate cells combine by interval arithmetic.
  public func aggregate(_ function: AggregateFunction, rows: some Sequence<Int>) -> Estimate? {
    if function == .count {
      var count = 0
      for row in rows where !isMissing(row) { count += 1 }
      return .exact(Double(count), provenance: provenance)
    }
    if case .estimate(let cells) = data {
      return aggregateEstimates(function, rows.compactMap { cells[$0] })
    }
    guard let numbers else { return nil }
    var total = 0.0
    var count = 0
    var smallest = Double.infinity
    var largest = -Double.infinity
    for row in rows {
      guard let number = numbers[row], !number.isNaN else { continue }
      total += number
      count += 1
      smallest = Swift.min(smallest, number)
      largest = Swift.max(largest, number)
    }
    let result: Double
    switch function {
    case .sum: result = total
    case .mean, .min, .max, .count:
      guard count > 0 else { return nil }
      result = function == .mean ? total / Double(count) : (function == .min ? smallest : largest)
    }
    return .exact(result, unit: unit, provenance: provenance)
  }

  /// Whether the cell at a row is missing.
  public func isMissing(_ row: Int) -> Bool {
    switch data {
    case .integer(let cells): cells[row] == nil
    case .number(let cells, _): cells[row].map(\.isNaN) ?? true
    case .day(let cells): cells[row] == nil
    case .string(let column): column.codes[row] < 0
    case .bool(let cells): cells[row] == nil
    case .estimate(let cells): cells[row] == nil
    case .geometry(let cells): cells[row] == nil
    }
  }

  private func aggregateEstimates(_ function: AggregateFunction, _ cells: [Estimate]) -> Estimate? {
    guard var result = cells.first else {
      return function == .sum ? .exact(0, provenance: provenance) : nil
    }
    do {
      for cell in cells.dropFirst() {
        switch function {
        case .sum, .mean: result = try result.adding(cell)
        case .min: result = try result.minimum(cell)
        case .max: result = try result.maximum(cell)
        case .count: break
        }
      }
      if function == .mean {
        result = try result.dividing(by: .exact(Double(cells.count)))
      }
    } catch {
      return nil
    }
    result.provenance = provenance.union(result.provenance)
    return result
  }
}
