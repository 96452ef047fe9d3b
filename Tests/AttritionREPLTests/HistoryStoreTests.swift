import Foundation
import Testing

@testable import AttritionREPL

@Suite("Persistent history")
struct HistoryStoreTests {
  func store(_ path: String) -> HistoryStore {
    let store = HistoryStore(path: path)
    store.load()
    return store
  }

  @Test("entries persist across sessions, without repeats in a row, multi-line entries whole")
  func persists() throws {
    let folder = try REPLTestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("history").path
    let first = store(path)
    #expect(first.offReason == nil)
    for entry in ["1 + 1", "1 + 1", "(1 +\n2)", "let x = 5"] { first.append(entry) }
    #expect(store(path).entries == ["1 + 1", "(1 +\n2)", "let x = 5"])
  }

  @Test("the default location follows XDG_STATE_HOME, then HOME")
  func location() throws {
    let folder = try REPLTestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let state = HistoryStore.location(option: nil, environment: ["XDG_STATE_HOME": folder.path + "/state"])
    #expect(try state.get() == folder.path + "/state/attrition/history")
    let home = HistoryStore.location(option: nil, environment: ["HOME": folder.path, "XDG_STATE_HOME": "relative"])
    #expect(try home.get() == folder.path + "/.local/state/attrition/history")
    #expect(try HistoryStore.location(option: "/x/h", environment: [:]).get() == "/x/h")
    guard case .failure = HistoryStore.location(option: nil, environment: [:]) else {
      Issue.record("no HOME and no XDG_STATE_HOME should turn history off")
      return
    }
  }

  @Test("a directory or a garbage file turns history off, says why, and is left untouched")
  func badFiles() throws {
    let folder = try REPLTestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(store(folder.path).offReason?.contains("is a directory") == true)
    let garbage = folder.appendingPathComponent("garbage")
    let bytes = Data((0..<4_096).map { UInt8(truncatingIfNeeded: $0 &* 31) })
    try bytes.write(to: garbage)
    let off = store(garbage.path)
    #expect(off.offReason?.contains("not an Attrition history file") == true)
    #expect(off.append("1 + 1") == nil)
    #expect(try Data(contentsOf: garbage) == bytes)
    let missingFolder = folder.appendingPathComponent("no/such/folder/history").path
    #expect(store(missingFolder).offReason?.contains("cannot write") == true)
  }

  @Test("a line torn by a crash or a full disk is never recalled, and is cut off before the next entry")
  func tornLine() throws {
    let folder = try REPLTestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("history").path
    let torn = HistoryFormat.header + "\n1 + 1\nlet zz = 5 "
    try Data(torn.utf8).write(to: URL(fileURLWithPath: path))
    #expect(store(path).entries == ["1 + 1"])
    store(path).append("2 + 2")
    #expect(store(path).entries == ["1 + 1", "2 + 2"])
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text == HistoryFormat.header + "\n1 + 1\n2 + 2\n")
  }

  @Test("two REPLs appending at once keep every entry intact, and compaction keeps the last 1,000")
  func concurrent() async throws {
    let folder = try REPLTestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("history").path
    await withTaskGroup(of: Void.self) { group in
      for writer in 0..<2 {
        group.addTask {
          let history = HistoryStore(path: path)
          history.load()
          for index in 0..<800 { history.append("let w\(writer)_\(index) = \(index)\n| multi") }
        }
      }
    }
    let entries = store(path).entries
    #expect(entries.count == HistoryStore.capacity)
    #expect(entries.allSatisfy { $0.hasPrefix("let w") && $0.hasSuffix("\n| multi") })
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
    #expect(lines.count <= HistoryStore.compactionThreshold + 1)
    #expect(lines.first.map(String.init) == HistoryFormat.header)
    #expect(lines.dropFirst().allSatisfy { HistoryFormat.decode(String($0)) != nil })
  }
}
