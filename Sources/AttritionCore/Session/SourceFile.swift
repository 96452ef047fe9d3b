import AttritionData
import Foundation

/// The text of a script with the name diagnostics call it by and the folder its relative paths
/// resolve against.
public struct SourceFile: Sendable {
  /// The name shown in diagnostics: the path as given, `<stdin>` or `<expression>`.
  public var name: String
  /// The text.
  public var text: String
  /// The folder relative paths inside the script resolve against.
  public var directory: String
  /// The number the text's first line has in source ranges: 1, except for REPL inputs, which
  /// the session numbers on from the inputs before (diagnostics still show lines from 1).
  public var firstLine = 1

  /// Creates a source from text.
  public init(name: String, text: String, directory: String = FileManager.default.currentDirectoryPath) {
    self.name = name
    self.text = text
    self.directory = directory
  }

  /// The most bytes a script or notebook may have: 16 MiB, hundreds of times the largest written
  /// by hand, and a bound on what parsing one may take (about twelve times its size).
  public static let maximumSize = 16 << 20

  /// How many lines the text has.
  var lineCount: Int { text.unicodeScalars.reduce(1) { $1 == "\n" ? $0 + 1 : $0 } }

  /// Whether a line number of a source range falls in this text.
  func contains(line: Int) -> Bool { line >= firstLine && line < firstLine + lineCount }

  /// Reads a script file, refusing directories, devices, pipes, binary files and invalid UTF-8.
  ///
  /// The file is opened as data files are (``FileContents``), so scripts and tables agree on what
  /// a readable file is: a regular one (a device never ends, a pipe may never open).
  public static func read(path: String) throws(InputError) -> SourceFile {
    let bytes: [UInt8]
    do {
      bytes = try FileContents.bytes(ofPath: path, maximumSize: maximumSize)
    } catch {
      switch error {
      case .fileTooLarge(_, let size, let limit): throw InputError(.tooLarge(size: size, limit: limit), path: path)
      case .fileNotFound: throw InputError(.fileNotFound, path: path)
      case .isDirectory: throw InputError(.isDirectory, path: path)
      case .unreadable(_, let reason) where reason.hasPrefix(FileContents.notRegularFile):
        throw InputError(.unreadable(FileContents.notRegularFile + "; to run standard input, use 'run -'"), path: path)
      case .unreadable(_, let reason): throw InputError(.unreadable(reason), path: path)
      default: throw InputError(.unreadable(error.description), path: path)
      }
    }
    let text = try decode(Data(bytes), name: path)
    let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
    return SourceFile(name: path, text: text, directory: directory)
  }

  /// Reads a script from standard input.
  public static func readStandardInput() throws(InputError) -> SourceFile {
    var data = Data()
    while true {
      let chunk = FileHandle.standardInput.readData(ofLength: 1 << 20)
      if chunk.isEmpty { break }
      data.append(chunk)
      guard data.count <= maximumSize else {
        throw InputError(.tooLarge(size: data.count, limit: maximumSize), path: "<stdin>")
      }
    }
    return SourceFile(name: "<stdin>", text: try decode(data, name: "<stdin>"))
  }

  /// Decodes UTF-8 text, dropping a byte-order mark.
  static func decode(_ data: Data, name: String) throws(InputError) -> String {
    let bytes = [UInt8](data)
    if let nul = bytes.firstIndex(of: 0) { throw InputError(.binaryFile(offset: nul), path: name) }
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var offset = 0
    var scalars = String.UnicodeScalarView()
    var consumed = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        scalars.append(scalar)
        consumed += UTF8.width(scalar)
        offset = consumed
      case .emptyInput:
        var text = String(scalars)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
      case .error:
        throw InputError(.invalidUTF8(offset: offset), path: name)
      }
    }
  }
}
