/// A request, from another thread, to stop a running load: Ctrl-C in the REPL.
///
/// Loads poll it as they go (``ByteSource`` checks it before each read of a CSV or TSV file,
/// about every 8 MiB; the JSON and GeoJSON readers every 4,096 records, features or positions), and stop with ``DataError/cancelled(file:)``: no table is made and nothing
/// is registered, so the session goes on as it was.
public final class LoadCancellation: @unchecked Sendable {
  // @unchecked: the check only reads a flag that another thread sets; a late read costs one block.
  private let isRequested: () -> Bool

  /// A cancellation that holds when `isRequested` returns true.
  public init(_ isRequested: @escaping () -> Bool) {
    self.isRequested = isRequested
  }

  /// Whether the load should stop.
  public var isCancelled: Bool { isRequested() }
}
