/// The results of the scans of one block, one slot per core, each written by its own job only.
final class CSVBlockJobs: @unchecked Sendable {
  /// What one job found.
  struct Result {
    var layout = CSVLayout()
    var consumed = 0
    var chunks: [CSVColumnChunk] = []
    var scanFailure: CSVScanFailure?
    var mismatch: CSVTypeMismatch?
    var invalidUTF8: Int?
  }

  /// One result per job, in separately written slots (no shared array header between threads).
  let results: UnsafeMutablePointer<Result>
  private let count: Int

  init(count: Int) {
    self.count = count
    results = .allocate(capacity: count)
    results.initialize(repeating: Result(), count: count)
  }

  deinit {
    results.deinitialize(count: count)
    results.deallocate()
  }
}
