/// The texts typed at the REPL, each numbered by lines of its own, so that a source range names
/// the input it points into: a function defined in one input may fail when a later one calls it.
struct InputLog {
  /// The first line number given to REPL input. Scripts (`:run`) number their lines from 1, and
  /// a function defined in one may fail when the REPL calls it; lines this high are never theirs.
  static let firstLine = 1_000_000_001

  /// How many inputs are kept.
  static let capacity = 10_000
  /// How many bytes of input text are kept: pasted 20 kB lines would otherwise hold 200 MB.
  static let byteCapacity = 16 << 20

  /// The inputs so far, oldest first.
  private(set) var sources: [SourceFile] = []
  private var nextLine = InputLog.firstLine
  private var bytes = 0

  /// Gives `source` the next free lines and records it.
  mutating func record(_ source: inout SourceFile) {
    source.firstLine = nextLine
    nextLine += source.lineCount
    sources.append(source)
    bytes += source.text.utf8.count
    // A session left open for days keeps the texts of its last inputs, not of all of them.
    var dropped = 0
    while sources.count - dropped > 1,
      sources.count - dropped > InputLog.capacity || bytes > InputLog.byteCapacity
    {
      bytes -= sources[dropped].text.utf8.count
      dropped += 1
    }
    if dropped > 0 { sources.removeFirst(dropped) }
  }
}
