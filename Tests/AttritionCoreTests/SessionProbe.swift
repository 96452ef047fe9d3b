import AttritionCore
import AttritionSDK
import Foundation

/// A session whose output and diagnostics are collected for the tests to read.
final class SessionProbe {
  let session: Session
  private(set) var output: [String] = []
  private(set) var errors: [String] = []

  init(registry: ModuleRegistry = .empty) {
    let outputBox = Box()
    let errorBox = Box()
    session = Session(
      registry: registry, output: { outputBox.lines.append($0) }, errorOutput: { errorBox.lines.append($0) })
    self.outputBox = outputBox
    self.errorBox = errorBox
  }

  private let outputBox: Box
  private let errorBox: Box

  /// Runs source text as a script named `name` in `directory`; returns whether it succeeded.
  @discardableResult
  func run(_ text: String, name: String = "test.atn", directory: String = FileManager.default.currentDirectoryPath)
    -> Bool
  {
    outputBox.lines = []
    errorBox.lines = []
    let succeeded = session.run(SourceFile(name: name, text: text, directory: directory))
    output = outputBox.lines
    errors = errorBox.lines
    return succeeded
  }

  /// What the last run wrote, one entry per result.
  var text: String { output.joined(separator: "\n") }
  /// What the last run reported.
  var errorText: String { errors.joined(separator: "\n") }

  private final class Box {
    var lines: [String] = []
  }
}

/// Where the test fixtures and the built products are.
enum CoreFixtures {
  /// The package root.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// `Tests/Fixtures/modules`: script modules.
  static let modules = root.appendingPathComponent("Tests/Fixtures/modules")

  /// The folder of built products, where `swift build` puts the test runner and `libForceGeneration.so`.
  static let products: URL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    .deletingLastPathComponent()

  /// The example plugin, built as its own shared library.
  static let examplePlugin = products.appendingPathComponent("libForceGeneration.so").path
}
