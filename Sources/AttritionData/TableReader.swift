public import AttritionSDK

/// A reader of tables from UTF-8 bytes (CSV, JSON records, GeoJSON); the array and text forms
/// of `read` come with it, so each reader implements only the buffer form.
public protocol TableReader: Sendable {
  /// Reads UTF-8 bytes; `file` names the text in error messages.
  func read(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws(DataError) -> Table
}

extension TableReader {
  /// Reads UTF-8 bytes; `file` names the text in error messages.
  ///
  /// - Throws: ``DataError``, as reading the bytes from a buffer does.
  public func read(_ bytes: [UInt8], file: String = "<input>") throws(DataError) -> Table {
    try bytes.withUnsafeBufferPointer { (buffer) throws(DataError) in try read(buffer, file: file) }
  }

  /// Reads text; `file` names it in error messages.
  ///
  /// - Throws: ``DataError``, as reading the bytes from a buffer does.
  public func read(_ text: String, file: String = "<input>") throws(DataError) -> Table {
    try read(Array(text.utf8), file: file)
  }
}
