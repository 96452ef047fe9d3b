import Foundation
import Testing

/// Input built to exhaust the machine: each is refused with a diagnostic, and the child's peak
/// memory (its `rusage`, not wall time) stays far below what the input would have taken.
@Suite("Exhaustion", .serialized)
struct ExhaustionTests {
  /// A hostile file and what refusing it must look like.
  struct Case: CustomTestStringConvertible, Sendable {
    /// What the case provokes, for the test's name.
    var name: String
    /// The file the script reads (or is), with the bytes to write there.
    var file: String
    /// Builds the file's bytes.
    var bytes: @Sendable () -> Data
    /// The script that reads it; nil runs the file itself as the script.
    var script: String?
    /// The diagnostic ID the run must end with.
    var id: String
    /// A phrase the diagnostic must hold.
    var phrase: String
    /// The most the child may hold at its peak, in MiB.
    var peakMiB: Int

    var testDescription: String { name }
  }

  static let cases: [Case] = [
    // Before: CSVScanner reserved estimate × columns, 430 GB for 15 MB.
    Case(
      name: "a CSV header of 1,000,000 columns and one row (15 MB)", file: "wide.csv",
      bytes: {
        let header = (0..<1_000_000).map { "c\($0)" }.joined(separator: ",")
        let row = [String](repeating: "1", count: 1_000_000).joined(separator: ",")
        return Data((header + "\n" + row + "\n").utf8)
      }, script: #"load("wide.csv")"#, id: "input.too_many_columns", phrase: "the header reaches 1,000,000",
      peakMiB: 400),
    // Before: killed by the kernel after taking 24 GiB.
    Case(
      name: "30,000 JSON records, each with a key of its own (379 KB)", file: "sparse.json",
      bytes: {
        Data(("[" + (0..<30_000).map { "{\"key\($0)\": \($0)}" }.joined(separator: ",") + "]").utf8)
      }, script: #"load("sparse.json")"#, id: "input.too_sparse", phrase: "different keys over",
      peakMiB: 300),
    Case(
      name: "10,000 JSON records, each with a key of its own", file: "sparse.json",
      bytes: {
        Data(("[" + (0..<10_000).map { "{\"k\($0)\": 1}" }.joined(separator: ",") + "]").utf8)
      }, script: #"load("sparse.json")"#, id: "input.too_sparse", phrase: "nearly all of them missing", peakMiB: 300),
    // Before: a 2.2 GB literal took all 24 GiB; a 100 MB one took 1.2 GiB.
    Case(
      name: "a script of 17 MiB", file: "big.atn",
      bytes: { Data(("let s = \"" + String(repeating: "x", count: 17 << 20) + "\"\n").utf8) }, script: nil,
      id: "input.too_large", phrase: "more than the 16,777,216 a script or notebook may have", peakMiB: 200),
    Case(
      name: "a string literal of 9 MiB", file: "literal.atn",
      bytes: { Data(("let s = \"" + String(repeating: "x", count: 9 << 20) + "\"\n").utf8) }, script: nil,
      id: "parse.string_too_long", phrase: "string", peakMiB: 400),
  ]

  @Test("refused with a diagnostic, the peak memory bounded", arguments: cases)
  func refused(_ hostile: Case) throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try hostile.bytes().write(to: folder.appendingPathComponent(hostile.file))
    let arguments = hostile.script.map { ["-e", $0] } ?? ["run", hostile.file]
    let outcome = try AttritionProcess.run(arguments, directory: folder, timeout: 60, measured: true)
    Expect.diagnostic(outcome, id: hostile.id)
    #expect(outcome.stderr.contains(hostile.phrase), "\(outcome.summary)")
    let peak = outcome.peakMemoryBytes >> 20
    #expect(outcome.peakMemoryBytes > 0, "wait4 reported no memory use")
    #expect(peak < hostile.peakMiB, "peak memory \(peak) MiB, more than \(hostile.peakMiB) MiB")
  }
}
