import AttritionSDK

/// Gathers the typed chunks of one column, region after region, into the column's data.
///
/// Text chunks carry dictionaries of their own; each is merged into the column's dictionary once
/// per region, so the per-cell work is one lookup in a small table.
struct CSVColumnAccumulator {
  /// The type the chunks have.
  let type: ColumnType
  private var integers: [Int64?] = []
  private var numbers: [Double?] = []
  private var days: [Day?] = []
  private var bools: [Bool?] = []
  private var codes: [Int32] = []
  private var dictionary = ByteDictionary(capacity: 256)
  /// Whether any cell so far was not missing.
  private(set) var sawValue = false

  /// An accumulator for `type`, with room for about `capacity` cells.
  init(type: ColumnType, capacity: Int) {
    self.type = type
    switch type {
    case .integer: integers.reserveCapacity(capacity)
    case .number: numbers.reserveCapacity(capacity)
    case .day: days.reserveCapacity(capacity)
    case .bool: bools.reserveCapacity(capacity)
    case .string: codes.reserveCapacity(capacity)
    }
  }

  /// Appends a region's cells.
  mutating func append(_ chunk: CSVColumnChunk) {
    switch chunk {
    case .integer(let cells):
      if !sawValue { sawValue = cells.contains { $0 != nil } }
      integers.append(contentsOf: cells)
    case .number(let cells):
      if !sawValue { sawValue = cells.contains { $0 != nil } }
      numbers.append(contentsOf: cells)
    case .day(let cells):
      if !sawValue { sawValue = cells.contains { $0 != nil } }
      days.append(contentsOf: cells)
    case .bool(let cells):
      if !sawValue { sawValue = cells.contains { $0 != nil } }
      bools.append(contentsOf: cells)
    case .string(let local, let localDictionary):
      let remap = dictionary.merge(localDictionary)
      if !sawValue { sawValue = localDictionary.count > 0 }
      remap.withUnsafeBufferPointer { remap in
        for code in local {
          codes.append(code < 0 ? -1 : remap[Int(code)])
        }
      }
    }
  }

  /// The column's data; a column without a single value is a text column of missing cells, as
  /// inference over the whole file would make it.
  func finish(forced: Bool) -> ColumnData {
    if !sawValue, !forced, type != .string {
      return .string(StringColumn(dictionary: [], codes: [Int32](repeating: -1, count: count)))
    }
    switch type {
    case .integer: return .integer(integers)
    case .number: return .number(numbers, unit: .none)
    case .day: return .day(days)
    case .bool: return .bool(bools)
    case .string: return .string(StringColumn(dictionary: dictionary.strings(), codes: codes))
    }
  }

  /// The number of cells gathered.
  var count: Int {
    switch type {
    case .integer: integers.count
    case .number: numbers.count
    case .day: days.count
    case .bool: bools.count
    case .string: codes.count
    }
  }

  /// A chunk of no cells of a type.
  static func emptyChunk(_ type: ColumnType) -> CSVColumnChunk {
    switch type {
    case .integer: .integer([])
    case .number: .number([])
    case .day: .day([])
    case .bool: .bool([])
    case .string: .string(codes: [], dictionary: ByteDictionary())
    }
  }
}
