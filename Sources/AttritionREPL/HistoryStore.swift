import AttritionData
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The persistent history: where it lives, the entries it held at start, and appending new ones.
///
/// Every entry is appended as soon as it is entered, as one line in one `write` to a file opened
/// with `O_APPEND`, while holding an advisory lock (`flock`) on `FILE.lock`. Nothing ever
/// truncates the file in place: when it grows past ``compactionThreshold`` lines it is rewritten
/// to a temporary file beside it and renamed over it, under the same lock. So a crash loses at
/// most the entry being written, and two REPLs at once interleave whole entries. An entry whose
/// write was cut short (a full disk) is cut off the file again, and one a crash left without its
/// line break is never read and is cut off before the next entry. A file that is not an
/// Attrition history is never written to.
final class HistoryStore {
  /// How many entries are kept.
  static let capacity = 1_000
  /// How many lines the file may reach before it is rewritten with the last ``capacity`` entries.
  static let compactionThreshold = 1_250
  /// Entries longer than this many characters (a pasted data dump) are not kept.
  static let entryLimit = 65_536
  /// A file larger than this is not a history file the REPL wrote.
  static let fileLimit = 64 << 20

  /// Why history is off.
  struct Off: Error, Equatable {
    /// The reason, as the REPL says it.
    var reason: String

    init(_ reason: String) {
      self.reason = reason
    }
  }

  /// The file, while history is on.
  private(set) var path: String?
  /// Why history is off, when it is.
  private(set) var offReason: String?
  /// The entries read at start, oldest first.
  private(set) var entries: [String] = []
  private var lastEntry: String?
  private var linesInFile = 0
  private var lockDescriptor: Int32 = -1

  /// A store for `path`, or one that is off for `reason`.
  init(path: String?, offReason: String? = nil) {
    self.path = path
    self.offReason = path == nil ? (offReason ?? "no history file") : nil
  }

  deinit {
    if lockDescriptor >= 0 { close(lockDescriptor) }
  }

  /// The folder of Attrition's state (the history, the rescue file of a session):
  /// `$XDG_STATE_HOME/attrition` when that is an absolute path, else `~/.local/state/attrition`,
  /// nil when neither variable is set.
  static func stateFolder(environment: [String: String]) -> String? {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/attrition" }
    if let home = environment["HOME"], !home.isEmpty { return home + "/.local/state/attrition" }
    return nil
  }

  /// Where the history lives: `--history FILE`, else `$XDG_STATE_HOME/attrition/history`, else
  /// `~/.local/state/attrition/history`; the default folder is created. The reason it is off
  /// when no place can be had.
  static func location(option: String?, environment: [String: String]) -> Result<String, Off> {
    if let option {
      guard !option.isEmpty else { return .failure(Off("--history names no file")) }
      return .success(option)
    }
    guard let folder = stateFolder(environment: environment) else {
      return .failure(Off("neither XDG_STATE_HOME nor HOME is set"))
    }
    do {
      try FileManager.default.createDirectory(
        atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    } catch {
      return .failure(Off("cannot create the folder '\(folder)': \(HistoryStore.reason(error))"))
    }
    return .success(folder + "/history")
  }

  /// Reads the file. When it cannot be used, history is off and ``offReason`` says why.
  func load() {
    guard let given = path else { return }
    let resolved = URL(fileURLWithPath: given).resolvingSymlinksInPath().path
    path = resolved
    var status = stat()
    if stat(resolved, &status) != 0 {
      guard errno == ENOENT else { return turnOff("cannot use '\(given)': \(HistoryStore.errnoText())") }
    } else {
      let type = status.st_mode & S_IFMT
      if type == S_IFDIR { return turnOff("'\(given)' is a directory") }
      guard type == S_IFREG else { return turnOff("'\(given)' is not a regular file") }
      guard Int(status.st_size) <= HistoryStore.fileLimit else {
        return turnOff("'\(given)' is too large to be a history file; it was left untouched")
      }
      let descriptor = open(resolved, O_RDONLY | O_CLOEXEC)
      guard descriptor >= 0 else { return turnOff("cannot read '\(given)': \(HistoryStore.errnoText())") }
      let data = HistoryStore.readAll(descriptor)
      close(descriptor)
      do {
        let all = try HistoryFormat.entries(in: data)
        linesInFile = all.count
        entries = Array(all.suffix(HistoryStore.capacity))
        lastEntry = entries.last
      } catch {
        return turnOff("'\(given)' is not an Attrition history file; it was left untouched")
      }
    }
    let folder = URL(fileURLWithPath: resolved).deletingLastPathComponent().path
    removeAbandonedCompactions(of: resolved)
    AtomicFile.removeAbandoned(in: folder)
    let writable = access(resolved, W_OK) == 0 || (errno == ENOENT && access(folder, W_OK) == 0)
    guard writable else { return turnOff("cannot write '\(given)': \(HistoryStore.errnoText())") }
    lockDescriptor = open(resolved + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    if linesInFile > HistoryStore.compactionThreshold { compact() }
  }

  /// Appends an entry, unless it repeats the previous one or is too long to keep. Returns a
  /// message when writing failed and history has just turned off.
  @discardableResult
  func append(_ entry: String) -> String? {
    guard let path, !entry.isEmpty, entry != lastEntry, entry.count <= HistoryStore.entryLimit else { return nil }
    lastEntry = entry
    let failure: String? = locked { () -> String? in
      let descriptor = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
      guard descriptor >= 0 else { return "cannot write '\(path)': \(HistoryStore.errnoText())" }
      defer { close(descriptor) }
      if lockDescriptor < 0 { HistoryStore.lock(descriptor) }
      var status = stat()
      guard fstat(descriptor, &status) == 0 else { return "cannot write '\(path)': \(HistoryStore.errnoText())" }
      var text = ""
      var size = off_t(status.st_size)
      if size == 0 {
        text = HistoryFormat.header + "\n"
      } else {
        let header = Array(HistoryFormat.header.utf8)
        var start = [UInt8](repeating: 0, count: header.count)
        guard pread(descriptor, &start, start.count, 0) == start.count, start == header else {
          return "'\(path)' is no longer an Attrition history file; it was left untouched"
        }
        // A line a crash tore is cut off, so it never joins this entry as if it were whole.
        size = HistoryStore.endOfLastLine(descriptor, size: size)
        if size < off_t(status.st_size) { ftruncate(descriptor, size) }
      }
      text += HistoryFormat.encode(entry) + "\n"
      guard HistoryStore.writeAll(descriptor, text) else {
        let failure = "cannot write '\(path)': \(HistoryStore.errnoText())"
        // Part of the entry may have reached the disk: it is cut off, or a restart would recall it.
        ftruncate(descriptor, size)
        return failure
      }
      return nil
    }
    if let failure {
      turnOff(failure)
      return "history is off from now on: \(failure)"
    }
    linesInFile += 1
    if linesInFile > HistoryStore.compactionThreshold { compact() }
    return nil
  }

  /// Rewrites the file with its last ``capacity`` entries: a new file beside it, renamed over it.
  /// Only with the lock file, which stays put while the history file's inode is replaced.
  func compact() {
    guard let path, lockDescriptor >= 0 else { return }
    locked {
      let descriptor = open(path, O_RDONLY | O_CLOEXEC)
      guard descriptor >= 0 else { return }
      let data = HistoryStore.readAll(descriptor)
      close(descriptor)
      guard let all = try? HistoryFormat.entries(in: data) else { return }
      let kept = Array(all.suffix(HistoryStore.capacity))
      let temporary = "\(path).\(getpid()).tmp"
      let output = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
      guard output >= 0 else { return }
      let written = HistoryStore.writeAll(output, String(decoding: HistoryFormat.file(kept), as: UTF8.self))
      let synced = fsync(output) == 0
      close(output)
      if written, synced, rename(temporary, path) == 0 {
        linesInFile = kept.count
      } else {
        unlink(temporary)
      }
    }
  }

  /// The offset just past the file's last line break (at least past the header's), reading
  /// backwards in blocks: where a torn last line starts.
  static func endOfLastLine(_ descriptor: Int32, size: off_t) -> off_t {
    let headerEnd = off_t(HistoryFormat.header.utf8.count + 1)
    var end = size
    var block = [UInt8](repeating: 0, count: 4_096)
    while end > headerEnd {
      let start = Swift.max(headerEnd - 1, end - off_t(block.count))
      let count = Int(end - start)
      guard pread(descriptor, &block, count, start) == count else { return size }
      if let last = block[..<count].lastIndex(of: UInt8(ascii: "\n")) { return start + off_t(last) + 1 }
      end = start
    }
    return Swift.min(size, headerEnd)
  }

  /// Removes the temporary files of compactions that a REPL killed meanwhile left beside the file.
  private func removeAbandonedCompactions(of path: String) {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    let prefix = url.lastPathComponent + "."
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
      let middle = name.dropFirst(prefix.count).dropLast(4)
      guard let pid = Int32(middle), pid > 0, pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
      unlink(folder + "/" + name)
    }
  }

  private func turnOff(_ reason: String) {
    path = nil
    offReason = reason
  }

  private func locked<Result>(_ body: () -> Result) -> Result {
    if lockDescriptor >= 0 { HistoryStore.lock(lockDescriptor) }
    defer { if lockDescriptor >= 0 { flock(lockDescriptor, LOCK_UN) } }
    return body()
  }

  private static func lock(_ descriptor: Int32) {
    while flock(descriptor, LOCK_EX) != 0, errno == EINTR {}
  }

  static func readAll(_ descriptor: Int32) -> Data {
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = read(descriptor, &buffer, buffer.count)
      if count > 0 {
        data.append(contentsOf: buffer[0..<count])
      } else if count < 0, errno == EINTR {
        continue
      } else {
        return data
      }
    }
  }

  static func writeAll(_ descriptor: Int32, _ text: String) -> Bool {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      if written > 0 {
        bytes = bytes.dropFirst(written)
      } else if written < 0, errno == EINTR {
        continue
      } else {
        return false
      }
    }
    return true
  }

  static func errnoText() -> String {
    String(cString: strerror(errno))
  }

  static func reason(_ error: any Error) -> String {
    let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
    if let code = underlying?.code, underlying?.domain == NSPOSIXErrorDomain {
      return String(cString: strerror(Int32(code)))
    }
    return (error as NSError).localizedDescription
  }
}
