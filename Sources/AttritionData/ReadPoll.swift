/// What a reader that has the whole file in memory (JSON, GeoJSON) does every few thousand units
/// of work (records, features, positions): asks whether the load should stop, as a CSV read does
/// between blocks (Ctrl-C in the REPL), and updates the progress line of a long load.
struct ReadPoll {
  /// The cancellation to poll; nil polls nothing.
  let cancellation: LoadCancellation?
  /// The progress line, when one may be shown.
  let progress: LoadProgress?
  /// The file named by the error.
  let file: String
  /// The file's size in bytes.
  let total: Int
  // Asking costs a closure call and reading the clock; once every 4,096 units keeps both out of
  // the profile, and at tens to hundreds of bytes a unit still answers within a millisecond or so.
  private var units = 0

  /// A poll for a read of `total` bytes of `file`.
  init(cancellation: LoadCancellation?, progress: LoadProgress?, file: String, total: Int) {
    self.cancellation = cancellation
    self.progress = progress
    self.file = file
    self.total = total
  }

  /// Counts one unit of work; every 4,096th asks whether the load should stop and reports
  /// `offset` (bytes parsed) and `rows` to the progress line.
  ///
  /// - Throws: ``DataError/cancelled(file:)`` when the load should stop.
  mutating func tick(offset: Int, rows: Int) throws(DataError) {
    guard cancellation != nil || progress != nil else { return }
    units &+= 1
    guard units & 4095 == 0 else { return }
    if let cancellation, cancellation.isCancelled {
      progress?.finish(bytes: offset, rows: rows)
      throw .cancelled(file: file)
    }
    progress?.update(bytes: offset, total: total, rows: rows)
  }

  /// Clears the progress line, if one was shown.
  func finish(rows: Int) {
    progress?.finish(bytes: total, rows: rows)
  }
}
