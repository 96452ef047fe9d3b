import AttritionData
import AttritionSDK
import Testing

/// A small deterministic generator (SplitMix64), so that every run tries the same inputs.
private struct SplitMix64: RandomNumberGenerator {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }
}

@Suite("Readers on arbitrary input")
struct RobustnessTests {
  /// Bytes that matter to the grammars, plus a multi-byte character and bytes that are never UTF-8.
  private static let alphabet: [[UInt8]] =
    [
      ",", "\t", "\"", "\n", "\r", " ", "a", "1", "0", "-", "+", ".", "e", "E", ":", "T",
      "{", "}", "[", "]", "\\", "u", "N", "I", "n", "t", "true", "NaN", "2022-02-24", "é",
    ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xEF, 0xBB, 0xBF]]

  /// Random short texts made of the alphabet.
  private static func inputs(count: Int, seed: UInt64) -> [[UInt8]] {
    var generator = SplitMix64(state: seed)
    return (0..<count).map { _ in
      let length = Int.random(in: 0...24, using: &generator)
      return (0..<length).flatMap { _ in alphabet.randomElement(using: &generator) ?? [] }
    }
  }

  @Test("the CSV reader never crashes; it returns a rectangular table or a data error")
  func csvNeverCrashes() {
    var tables = 0
    for bytes in Self.inputs(count: 4_000, seed: 1) {
      for options in [CSVOptions.csv, CSVOptions(hasHeader: false), .tsv] {
        do {
          let table = try CSVReader(options: options).read(bytes, file: "fuzz.csv")
          #expect(table.columns.allSatisfy { $0.count == table.rowCount })
          tables += 1
        } catch {
          #expect(!error.description.isEmpty)
        }
      }
    }
    #expect(tables > 0)
  }

  @Test("the JSON reader never crashes; it returns a table or a data error")
  func jsonNeverCrashes() {
    var tables = 0
    let records = Self.inputs(count: 4_000, seed: 2).map { Array("[{\"k\": ".utf8) + $0 + Array("}]".utf8) }
    for bytes in records + Self.inputs(count: 2_000, seed: 3) {
      do {
        let table = try JSONRecordsReader().read(bytes, file: "fuzz.json")
        #expect(table.columns.allSatisfy { $0.count == table.rowCount })
        tables += 1
      } catch {
        #expect(!error.description.isEmpty)
      }
    }
    #expect(tables > 0)
  }
}
