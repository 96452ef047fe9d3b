import AttritionCore
import AttritionFuzzing
import Foundation
import Testing

/// Every input in `Tests/Fuzz/<target>/corpus` and `Tests/Fuzz/<target>/crashes` runs through its
/// fuzz target, as `make fuzz` runs them: an input that once crashed a target stays a test.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fuzz")

  /// Every saved input: `target/kind/file`.
  static let inputs: [String] = {
    var found: [String] = []
    for target in FuzzTarget.allCases {
      for kind in ["corpus", "crashes"] {
        let folder = root.appendingPathComponent("\(target.rawValue)/\(kind)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        found += names.filter { !$0.hasPrefix(".") }.sorted().map { "\(target.rawValue)/\(kind)/\($0)" }
      }
    }
    return found
  }()

  @Test("each target has a seed corpus")
  func everyTargetHasSeeds() {
    for target in FuzzTarget.allCases {
      #expect(Self.inputs.contains { $0.hasPrefix("\(target.rawValue)/corpus/") }, "no seeds for \(target)")
    }
  }

  @Test("each saved input runs through its target without crashing", arguments: inputs)
  func replay(input: String) throws {
    let target = try #require(FuzzTarget(rawValue: String(input.split(separator: "/")[0])))
    let data = try Data(contentsOf: Self.root.appendingPathComponent(input))
    // On the same large stack as the driver: the evaluator's depth limits are sized for it.
    LargeStack.run { target.run([UInt8](data)) }
  }
}
