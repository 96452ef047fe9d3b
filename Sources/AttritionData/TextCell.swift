/// The UTF-8 bytes of one cell of text, borrowed from the buffer being read.
///
/// CSV fields keep their quoting: the content of a quoted field may hold doubled quotes, each of
/// which stands for one quote. A cell is missing when it is empty or holds only spaces and tabs.
struct TextCell {
  /// The bytes, without the quotes around a quoted field.
  var content: UnsafeBufferPointer<UInt8>
  /// Whether the cell was a quoted CSV field, whose doubled quotes stand for one quote each.
  var isQuoted: Bool

  /// Creates a cell over borrowed bytes.
  init(content: UnsafeBufferPointer<UInt8>, isQuoted: Bool = false) {
    self.content = content
    self.isQuoted = isQuoted
  }

  /// Whether the cell is missing: empty, or only spaces and tabs.
  var isBlank: Bool { CellSyntax.isBlank(content) }

  /// Whether the content holds quotes that must be undone before it is text.
  var hasEscapes: Bool { isQuoted && content.contains(.quote) }

  /// The cell's text, with doubled quotes undone.
  var text: String {
    hasEscapes ? String(decoding: unescapedBytes, as: UTF8.self) : String(decoding: content, as: UTF8.self)
  }

  /// The content with each doubled quote made one.
  var unescapedBytes: [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(content.count)
    var skipNext = false
    for byte in content {
      if skipNext {
        skipNext = false
        continue
      }
      bytes.append(byte)
      skipNext = byte == .quote
    }
    return bytes
  }

  /// A dictionary key equal for cells with the same text, built without decoding a `String`.
  ///
  /// It borrows the cell's bytes, so it must not outlive the buffer being read; only a cell with
  /// escapes copies its unescaped bytes.
  var key: Key {
    hasEscapes ? Key(owned: unescapedBytes) : Key(borrowed: content)
  }

  /// The text of a cell as bytes, hashed and compared by content.
  struct Key: Hashable {
    /// The bytes when they are the cell's own.
    private let borrowed: UnsafeBufferPointer<UInt8>
    /// The bytes when they had to be unescaped into a copy.
    private let owned: [UInt8]?

    /// A key over bytes borrowed from the buffer being read.
    init(borrowed: UnsafeBufferPointer<UInt8>) {
      self.borrowed = borrowed
      self.owned = nil
    }

    /// A key that owns its bytes.
    init(owned: [UInt8]) {
      self.borrowed = UnsafeBufferPointer(start: nil, count: 0)
      self.owned = owned
    }

    /// Calls `body` with the key's bytes.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
      if let owned { return owned.withUnsafeBufferPointer(body) }
      return body(borrowed)
    }

    /// The bytes decoded as text.
    var text: String { withBytes { String(decoding: $0, as: UTF8.self) } }

    static func == (lhs: Key, rhs: Key) -> Bool {
      lhs.withBytes { left in rhs.withBytes { right in left.elementsEqual(right) } }
    }

    func hash(into hasher: inout Hasher) {
      withBytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
  }
}
