import Foundation
import Testing

/// The benchmark scripts on a small generated table, against the peers' recorded output, and bad
/// data files through the executable (diagnostic, exit 1, no crash).
@Suite("Data engine end to end", .serialized)
struct DataEngineTests {
  /// `gen_losses.py 3000` (../shared/bench): 3,000 synthetic loss records.
  static let losses = FixturePaths.fixtures.appendingPathComponent("data/losses-3000.csv").path

  @Test("T1 and T2 print byte for byte what DuckDB, Polars and pandas printed", arguments: ["t1", "t2"])
  func benchmarkScripts(task: String) throws {
    let script = FixturePaths.root.appendingPathComponent("Tests/Benchmarks/\(task).atn").path
    let outcome = try AttritionProcess.run(["run", "--format", "csv", script, Self.losses])
    Expect.success(outcome)
    let recorded = try String(
      contentsOf: FixturePaths.fixtures.appendingPathComponent("data/losses-3000.\(task).duckdb.csv"), encoding: .utf8)
    #expect(outcome.stdout == recorded)
  }

  @Test("save writes CSV, JSON lines and Markdown files that load back")
  func save() throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let script = """
      let t = load("\(Self.losses)") | where side == "Ukraine" | derive month = month(date) | group sum(count) as total by month
      save(t, "monthly.csv")
      save(t, "monthly.jsonl")
      save(t, "monthly.md")
      let back = load("monthly.csv")
      assert_eq(count(back), count(t))
      assert_eq(sum(back.total), sum(t.total), 0)
      """
    try Data(script.utf8).write(to: folder.appendingPathComponent("save.atn"))
    let outcome = try AttritionProcess.run(["run", "--allow-outside", "save.atn"], directory: folder)
    Expect.success(outcome)
    let jsonl = try String(contentsOf: folder.appendingPathComponent("monthly.jsonl"), encoding: .utf8)
    #expect(jsonl.hasPrefix("{\"month\":\"2022-02\",\"total\":"))
    let markdown = try String(contentsOf: folder.appendingPathComponent("monthly.md"), encoding: .utf8)
    #expect(markdown.hasPrefix("| month | total |\n| --- | ---: |\n"))
  }

  @Test("save keeps bounds as NAME_low and NAME_high columns that load back, from CSV and JSON lines")
  func saveBounds() throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let script = """
      let t = table(x: [100 km²..200 km², 5 km²])
      let written = [save(t, "o.csv"), save(t, "o.jsonl"), save(t, "o.md")]
      load("o.csv")
      load("o.jsonl")
      """
    try Data(script.utf8).write(to: folder.appendingPathComponent("b.atn"))
    let outcome = try AttritionProcess.run(["run", "--format", "csv", "--all", "b.atn"], directory: folder)
    Expect.success(outcome)
    let back = "x,x_low,x_high\n150.0,100.0,200.0\n5.0,5.0,5.0\n"
    #expect(outcome.stdout == "# b.atn:3: load(\"o.csv\")\n" + back + "\n# b.atn:4: load(\"o.jsonl\")\n" + back)
    let markdown = try String(contentsOf: folder.appendingPathComponent("o.md"), encoding: .utf8)
    #expect(markdown.hasPrefix("| x (km²) | x_low (km²) | x_high (km²) |\n"))
  }

  @Test("save refuses a path ending in '/' and names what it writes; load refuses CSV options for JSON files")
  func saveAndLoadRefusals() throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(#"{"type": "FeatureCollection", "features": []}"#.utf8).write(
      to: folder.appendingPathComponent("x.geojson"))
    let cases: [(String, String, String)] = [
      (#"save(table(a: [1]), "x.csv/")"#, "data.cannot_write", "'x.csv/': a path that ends in '/' names a folder"),
      (#"save(table(a: [1]), "x.json")"#, "input.unsupported_format", "save writes '.csv', '.tsv', '.jsonl' or '.md'"),
      (
        #"load("x.geojson", delimiter: ";")"#, "evaluation.invalid_argument",
        "invalid 'delimiter' for 'load': 'x.geojson' is a GeoJSON file"
      ),
      (#"load("x.geojson", header: false)"#, "evaluation.invalid_argument", "invalid 'header' for 'load'"),
    ]
    for (source, id, message) in cases {
      let outcome = try AttritionProcess.run(["-e", source], directory: folder)
      #expect(outcome.status == 1, "\(source): \(outcome.summary)")
      #expect(outcome.stderr.contains("[\(id)]"), "\(source): \(outcome.stderr)")
      #expect(outcome.stderr.contains(message), "\(source): \(outcome.stderr)")
    }
    let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(left == ["x.geojson"], "save wrote something: \(left)")
  }

  @Test("load with a delimiter and without a header")
  func loadOptions() throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("1;Kyiv, city\n2;Lviv\n".utf8).write(to: folder.appendingPathComponent("semi.csv"))
    try Data(#"load("semi.csv", delimiter: ";", header: false) | select column2"#.utf8).write(
      to: folder.appendingPathComponent("s.atn"))
    let outcome = try AttritionProcess.run(["run", "--format", "csv", "s.atn"], directory: folder)
    Expect.success(outcome)
    #expect(outcome.stdout == "column2\n\"Kyiv, city\"\nLviv\n")
  }

  @Test("load with types forced: a code column stays text, a bad cell of a forced column is an error with its row")
  func loadTypes() throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("code,n\n007,1\n010,x\n".utf8).write(to: folder.appendingPathComponent("c.csv"))
    try Data(#"load("c.csv", types: "code: string") | select code"#.utf8).write(
      to: folder.appendingPathComponent("s.atn"))
    let outcome = try AttritionProcess.run(["run", "--format", "csv", "s.atn"], directory: folder)
    Expect.success(outcome)
    #expect(outcome.stdout == "code\n007\n010\n")
    try Data(#"load("c.csv", types: "n: integer")"#.utf8).write(to: folder.appendingPathComponent("s.atn"))
    let failed = try AttritionProcess.run(["run", "s.atn"], directory: folder)
    Expect.diagnostic(failed, id: "input.type_override_failed")
    #expect(failed.stderr.contains("'x' as integer in column 'n'"), "\(failed.summary)")
    #expect(failed.stderr.contains("at row 3"), "\(failed.summary)")
    try Data(#"load("c.csv", types: "n: float")"#.utf8).write(to: folder.appendingPathComponent("s.atn"))
    Expect.diagnostic(try AttritionProcess.run(["run", "s.atn"], directory: folder), id: "evaluation.invalid_argument")
  }

  @Test(
    "bad data files: a diagnostic naming the file, exit 1",
    arguments: [
      ("ragged.csv", "a,b\n1,2\n3\n", "input.ragged_row", "row 3"),
      ("open.csv", "a,b\n1,\"x\n", "input.unterminated_quote", "row 2"),
      ("empty.csv", "", "input.empty_file", "empty.csv"),
      ("shape.json", "{\"a\": 1}", "input.not_records", "shape.json"),
    ])
  func badData(name: String, text: String, id: String, mention: String) throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    try Data("load(\"\(name)\") | group count() by a".utf8).write(to: folder.appendingPathComponent("s.atn"))
    let outcome = try AttritionProcess.run(["run", "s.atn"], directory: folder)
    Expect.diagnostic(outcome, id: id)
    #expect(outcome.stderr.contains(mention), "\(outcome.summary)")
  }

  @Test("an unknown column in a streamed pipeline lists all the file's columns, not only those read")
  func unknownColumnInStream() throws {
    let outcome = try AttritionProcess.run(["-e", "load(\"\(Self.losses)\") | group sum(cnt) by side"])
    Expect.diagnostic(outcome, id: "evaluation.unknown_column")
    #expect(
      outcome.stderr.contains("columns: date, side, category, model, status, count, source_url"), "\(outcome.summary)")
  }

  @Test("text equal as text but spelled in other bytes (composed and decomposed accents) filters and groups as one")
  func canonicalEquivalence() throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("name,n\ncaf\u{E9},1\ncafe\u{301},2\n".utf8).write(to: folder.appendingPathComponent("n.csv"))
    try Data(#"load("n.csv") | where name == "caf\#u{E9}" | group sum(n) as total by name"#.utf8).write(
      to: folder.appendingPathComponent("s.atn"))
    let outcome = try AttritionProcess.run(["run", "--format", "csv", "s.atn"], directory: folder)
    Expect.success(outcome)
    #expect(outcome.stdoutLines.count == 2, "\(outcome.summary)")
    #expect(outcome.stdoutLines.last?.hasSuffix(",3") == true, "\(outcome.summary)")
  }

  @Test("invalid UTF-8 in a streamed CSV names the byte offset and line")
  func invalidUTF8() throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data([0x61, 0x2C, 0x62, 0x0A, 0x31, 0x2C, 0x32, 0x0A, 0x33, 0x2C, 0xC3, 0x0A]).write(
      to: folder.appendingPathComponent("u.csv"))
    try Data("load(\"u.csv\") | group count() by a".utf8).write(to: folder.appendingPathComponent("s.atn"))
    let outcome = try AttritionProcess.run(["run", "s.atn"], directory: folder)
    Expect.diagnostic(outcome, id: "input.invalid_utf8")
    #expect(outcome.stderr.contains("byte offset 10 (line 3)"), "\(outcome.summary)")
  }

  @Test("a streamed group whose column turns to text far into the file is an error, not blank sums")
  func streamedAggregateOfText() throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    // About 12 MB: the stray cell is in a later block than the first (blocks are 8 MB).
    var text = "k,n\n"
    let rows = String(repeating: "k0,1\nk1,2\nk2,3\n", count: 100_000)
    for _ in 0..<8 { text += rows }
    text += "k0,abc\n"
    try Data(text.utf8).write(to: folder.appendingPathComponent("late.csv"))
    let outcome = try AttritionProcess.run(
      ["-e", #"load("late.csv") | group sum(n) by k"#], directory: folder, timeout: 120)
    Expect.diagnostic(outcome, id: "evaluation.wrong_type")
    #expect(outcome.stderr.contains("'sum(n)' expects a column of numbers, found a string column"), "\(outcome.stderr)")
    #expect(outcome.stderr.contains(#"types: "n: number""#))
  }
}
