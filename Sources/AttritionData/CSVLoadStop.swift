import AttritionSDK

/// Why one pass of ``CSVTableLoad`` stopped: a real error, or a column whose inferred type a later
/// region contradicts (the load then starts again with the type widened).
enum CSVLoadStop: Error {
  /// The input is bad.
  case failed(DataError)
  /// The column at this position admits only these readings, narrower than the type tried.
  case widen(column: Int, mask: TypeMask)
  /// The consumer of streamed blocks failed.
  case consumer(any Error)
}
