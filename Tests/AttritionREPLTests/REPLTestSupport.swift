import AttritionCore
import AttritionSDK
import Foundation

/// A small module for in-process tests, so they do not depend on the built-in modules' contents.
struct FleetModule: AnalysisModule {
  var descriptor: ModuleDescriptor {
    ModuleDescriptor(
      name: "fleet", version: "1.0.0", summary: "Test functions.",
      functions: ["window", "weekly", "ratio"].map { name in
        FunctionDescriptor(
          name: name, summary: "Returns its argument.", parameters: [ParameterDescriptor("x", .any)],
          returns: "any"
        ) { arguments in try arguments.value(0) }
      })
  }
}

/// Sessions and folders for in-process tests.
enum REPLTestSupport {
  /// A session with the test module, its output collected.
  static func session(output: OutputLog = OutputLog()) throws -> Session {
    let registry = try ModuleRegistry(modules: [FleetModule()])
    return Session(registry: registry, output: { output.append($0) }, errorOutput: { output.appendError($0) })
  }

  /// A new empty folder under the temporary directory.
  static func temporaryFolder(_ name: String = "attrition-repl") throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

/// What a session wrote.
final class OutputLog: @unchecked Sendable {
  // @unchecked: a test writes and reads it from one thread at a time.
  private(set) var results: [String] = []
  private(set) var errors: [String] = []

  func append(_ text: String) { results.append(text) }
  func appendError(_ text: String) { errors.append(text) }
}
