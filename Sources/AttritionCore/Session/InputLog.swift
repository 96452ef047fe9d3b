/// The texts typed at the REPL, each numbered by lines of its own, so that a source range names
/// the input it points into: a function defined in one input may fail when a later one calls it.
struct InputLog {
  /// The first line number given to REPL input and to files run with `:run`. The script a session
  /// starts with numbers its lines from 1; lines this high are never its own.
  static let firstLine = 1_000_000_001

  /// How many inputs are kept.
  static let capacity = 10_000
  /// How many bytes of input text are kept: pasted 20 kB lines would otherwise hold 200 MB.
  static let byteCapacity = 16 << 20

  /// The inputs so far, oldest first.
  private(set) var sources: [SourceFile] = []
  /// The files run in the session (`:run`), oldest first: their functions may fail when called
  /// from a later input or file, and their lines are numbered apart from everyone else's.
  private(set) var files: [SourceFile] = []
  private var nextLine = InputLog.firstLine
  private var bytes = 0

  /// Gives a file run with `:run` the next free lines and records it, so a range in it names it.
  mutating func recordFile(_ source: inout SourceFile) {
    source.firstLine = nextLine
    nextLine += source.lineCount
    files.append(source)
    if files.count > InputLog.capacity { files.removeFirst(files.count - InputLog.capacity) }
  }

  /// The input or file whose lines include `line`, if it is still kept.
  func source(containing line: Int) -> SourceFile? {
    sources.last { $0.contains(line: line) } ?? files.last { $0.contains(line: line) }
  }

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
