import AttritionData
import AttritionSDK
import Foundation
import Testing

/// Paths of the package, its fixtures and the shared datasets, found from this file's path.
enum Paths {
  /// The package root: three levels up from this file (`<root>/Tests/AttritionDataTests/…`).
  static let root: String = {
    var parts = String(#filePath).split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)
    return parts.joined(separator: "/")
  }()

  /// The small data files named after what they provoke.
  static let fixtures = root + "/Tests/Fixtures/data"

  /// The shared datasets: `<root>/../shared/datasets`, else the first folder of `ATTRITION_DATA`
  /// (where `make test` pulls them on a machine without `../shared`).
  static let datasets: String = {
    let shared = root + "/../shared/datasets"
    if FileManager.default.fileExists(atPath: shared) { return shared }
    let pulled = ProcessInfo.processInfo.environment["ATTRITION_DATA"]?.split(separator: ":").first
    return pulled.map(String.init) ?? shared
  }()

  /// A fixture's path.
  static func fixture(_ name: String) -> String { fixtures + "/" + name }
}

/// Reads CSV text, returning the error instead of throwing it.
func csvError(_ text: String, options: CSVOptions = .csv, file: String = "test.csv") -> DataError? {
  do {
    _ = try CSVReader(options: options).read(text, file: file)
    return nil
  } catch {
    return error
  }
}

/// Reads JSON text, returning the error instead of throwing it.
func jsonError(_ text: String, types: [String: ColumnType] = [:], file: String = "test.json") -> DataError? {
  do {
    _ = try JSONRecordsReader(types: types).read(text, file: file)
    return nil
  } catch {
    return error
  }
}

/// Loads a file, returning the error instead of throwing it.
func loadError(_ path: String) -> DataError? {
  do {
    _ = try TableLoader.load(path: path)
    return nil
  } catch {
    return error
  }
}

extension Table {
  /// The column with a name; records an issue when there is none.
  func required(_ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Column {
    try #require(column(named: name), "no column '\(name)' in \(columnNames)", sourceLocation: sourceLocation)
  }
}

extension Column {
  /// The cells of an integer column, or nil.
  var integers: [Int64?]? { if case .integer(let cells) = data { cells } else { nil } }
  /// The cells of a number column, or nil.
  var doubles: [Double?]? { if case .number(let cells, _) = data { cells } else { nil } }
  /// The cells of a day column, or nil.
  var days: [Day?]? { if case .day(let cells) = data { cells } else { nil } }
  /// The cells of a bool column, or nil.
  var bools: [Bool?]? { if case .bool(let cells) = data { cells } else { nil } }
  /// The cells of a string column, or nil.
  var strings: [String?]? {
    if case .string(let column) = data { column.codes.indices.map { column[$0] } } else { nil }
  }
}

/// A day from `YYYY-MM-DD`, for expectations.
func day(_ text: String) -> Day? { Day(iso: text) }
