/// The running state of one aggregate for every group: exact integer sums (until one
/// overflows), real sums, counts and extremes, updated by loops over typed column storage.
struct AggregateState: Sendable {
  private var rows: [Int64] = []
  private var counts: [Int64] = []
  private var integerSums: [Int64] = []
  private var realSums: [Double] = []
  private var integerLows: [Int64] = []
  private var integerHighs: [Int64] = []
  private var realLows: [Double] = []
  private var realHighs: [Double] = []
  private var overflowed = false

  /// Makes room for one more group.
  mutating func addGroup() {
    rows.append(0)
    counts.append(0)
    integerSums.append(0)
    realSums.append(0)
    integerLows.append(.max)
    integerHighs.append(.min)
    realLows.append(.infinity)
    realHighs.append(-.infinity)
  }

  /// Folds in the cells of `data` (nil for `count()`), row `r` going to group `groups[r]`.
  mutating func add(_ spec: AggregateSpec, _ data: ColumnData?, groups: [Int]) {
    for group in groups { rows[group] += 1 }
    guard let data else { return }
    switch data {
    case .integer(let cells):
      for (row, cell) in cells.enumerated() {
        guard let value = cell else { continue }
        let group = groups[row]
        counts[group] += 1
        let (sum, overflow) = integerSums[group].addingReportingOverflow(value)
        integerSums[group] = sum
        if overflow { overflowed = true }
        realSums[group] += Double(value)
        if value < integerLows[group] { integerLows[group] = value }
        if value > integerHighs[group] { integerHighs[group] = value }
      }
    case .number(let cells, _):
      for (row, cell) in cells.enumerated() {
        guard let value = cell, !value.isNaN else { continue }
        let group = groups[row]
        counts[group] += 1
        realSums[group] += value
        if value < realLows[group] { realLows[group] = value }
        if value > realHighs[group] { realHighs[group] = value }
      }
    case .day(let cells):
      for (row, cell) in cells.enumerated() {
        guard let value = cell.map({ Int64($0.ordinal) }) else { continue }
        let group = groups[row]
        counts[group] += 1
        if value < integerLows[group] { integerLows[group] = value }
        if value > integerHighs[group] { integerHighs[group] = value }
      }
    case .string(let column):
      for (row, code) in column.codes.enumerated() where code >= 0 { counts[groups[row]] += 1 }
    case .bool(let cells):
      for (row, cell) in cells.enumerated() where cell != nil { counts[groups[row]] += 1 }
    case .estimate(let cells):
      for (row, cell) in cells.enumerated() where cell != nil { counts[groups[row]] += 1 }
    case .geometry(let cells):
      for (row, cell) in cells.enumerated() where cell != nil { counts[groups[row]] += 1 }
    }
  }

  /// The aggregate of each group, typed as ``Table/grouped(by:aggregates:)`` types it: counts
  /// and the sums, minima and maxima of integers as integers (sums as reals when one overflows),
  /// minima and maxima of days as days, the rest as reals in the source's unit.
  func result(_ spec: AggregateSpec, _ data: ColumnData?) -> ColumnData {
    let groups = rows.indices
    guard let data else { return .integer(rows.map { $0 }) }
    if spec.function == .count { return .integer(counts.map { $0 }) }
    switch (data, spec.function) {
    case (.integer, .sum) where !overflowed:
      return .integer(integerSums.map { $0 })
    case (.integer, .min), (.integer, .max):
      let values = spec.function == .min ? integerLows : integerHighs
      return .integer(groups.map { counts[$0] > 0 ? values[$0] : nil })
    case (.day, .min), (.day, .max):
      let values = spec.function == .min ? integerLows : integerHighs
      return .day(groups.map { counts[$0] > 0 ? Day(ordinal: Int(values[$0])) : nil })
    case (.integer, _), (.number, _):
      let unit: Unit = if case .number(_, let unit) = data { unit } else { .none }
      let values: [Double?] = groups.map { group in
        switch spec.function {
        case .sum: return realSums[group]
        case .mean: return counts[group] > 0 ? realSums[group] / Double(counts[group]) : nil
        case .min:
          if counts[group] == 0 { return nil }
          if case .integer = data { return Double(integerLows[group]) }
          return realLows[group]
        case .max:
          if counts[group] == 0 { return nil }
          if case .integer = data { return Double(integerHighs[group]) }
          return realHighs[group]
        case .count: return Double(counts[group])
        }
      }
      return .number(values, unit: unit)
    default:
      return .number(groups.map { _ in nil }, unit: .none)
    }
  }
}
