import AttritionData
import AttritionSDK
import Foundation
import Testing

@Suite("JSON lines reader")
struct JSONLinesReaderTests {
  @Test("one object per line, blank lines skipped, values typed as in JSON records")
  func reads() throws {
    let text =
      "{\"d\": \"2024-01-01\", \"n\": 1, \"x\": 2.5}\n\n  \r\n{\"d\": null, \"n\": 3, \"s\": \"a\", \"x\": NaN}\r\n"
    let table = try JSONLinesReader().read(text, file: "t.jsonl")
    #expect(table.columnNames == ["d", "n", "x", "s"])
    #expect(try table.required("d").days == [day("2024-01-01"), nil])
    #expect(try table.required("n").integers == [1, 3])
    #expect(try table.required("x").doubles == [2.5, nil])
    #expect(try table.required("s").strings == [nil, "a"])
    #expect(try JSONLinesReader().read("", file: "empty.jsonl").columnNames.isEmpty)
  }

  @Test("type overrides apply as in JSON records")
  func typeOverrides() throws {
    let table = try JSONLinesReader(types: ["code": .string]).read("{\"code\": 7}\n{\"code\": 10}\n")
    #expect(try table.required("code").strings == ["7", "10"])
    #expect(throws: DataError.self) { try JSONLinesReader(types: ["nope": .string]).read("{\"a\": 1}\n") }
  }

  @Test(
    "a line that is not one object is an error naming the file, the line and the column",
    arguments: [
      ("{\"a\": 1}\n[1, 2]\n", 2, 1, "expected a JSON object '{' (one per line), found an array"),
      ("{\"a\": 1} {\"a\": 2}\n", 1, 10, "expected a line break after the object, found '{'"),
      ("{\"a\": 1}\n\n{\"a\" 2}\n", 3, 6, "expected ':' after the key, found '2'"),
      ("{\"a\": 1}\n{\"a\": 1, \"a\": 2}\n", 2, 10, nil),
    ] as [(String, Int, Int, String?)]
  )
  func errors(text: String, line: Int, column: Int, message: String?) throws {
    let error = try #require(throws: DataError.self) { try JSONLinesReader().read(text, file: "bad.jsonl") }
    #expect(error.diagnostic.range?.start.line == line)
    #expect(error.diagnostic.range?.start.column == column)
    #expect(error.description.contains("'bad.jsonl'"))
    #expect(error.description.contains("\(line):\(column)"))
    if let message { #expect(error.description.hasSuffix(message)) }
  }

  @Test("TableLoader reads .jsonl and .ndjson files")
  func loader() throws {
    let folder = NSTemporaryDirectory() + "/attrition-jsonl-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    for name in ["a.jsonl", "b.NDJSON"] {
      try Data("{\"tank\": 80}\n{\"tank\": 146}\n".utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
      #expect(try TableLoader.load(path: folder + "/" + name).required("tank").integers == [80, 146])
    }
  }
}
