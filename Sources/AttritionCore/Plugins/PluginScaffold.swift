import Foundation

/// Writes a ready-to-build plugin package: `attrition plugin new NAME [--path DIR]`.
///
/// The package has one module with one function, its descriptor with a runnable example, the two
/// C entry points of the plugin contract, a test and a README. `swift build` in it makes the
/// loadable `lib<Name>.so` on the first try. The files are written to a temporary folder beside
/// the destination and moved into place at once, so a failure leaves nothing half-written.
public struct PluginScaffold: Sendable {
  /// The package and target name, `UpperCamelCase`: `FrontlineDensity`.
  public let packageName: String
  /// The module name its functions are called under, `lower_snake_case`: `frontline_density`.
  public let moduleName: String
  /// The absolute path of the Attrition SDK package the plugin builds against.
  public let sdkPath: String

  /// A scaffold for a name in either `UpperCamelCase` or `lower_snake_case`.
  ///
  /// - Throws: ``PluginScaffoldError/invalidName(_:)`` for anything else.
  public init(name: String, sdkPath: String) throws(PluginScaffoldError) {
    let words = PluginScaffold.words(of: name)
    guard !words.isEmpty, let first = name.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII,
      name.unicodeScalars.allSatisfy({
        $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-")
      })
    else { throw .invalidName(name) }
    packageName =
      name.contains(where: { $0 == "_" || $0 == "-" })
      ? words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
      : name.prefix(1).uppercased() + name.dropFirst()
    moduleName = words.joined(separator: "_")
    self.sdkPath = sdkPath
  }

  /// Splits `FrontlineDensity`, `frontline_density`, `frontline-density` or `OldABI` into lower-case words.
  static func words(of name: String) -> [String] {
    let characters = Array(name)
    var words: [String] = []
    var current = ""
    for (index, character) in characters.enumerated() {
      if character == "_" || character == "-" {
        if !current.isEmpty { words.append(current) }
        current = ""
        continue
      }
      if character.isUppercase, index > 0, !current.isEmpty {
        let previous = characters[index - 1]
        let next = index + 1 < characters.count ? characters[index + 1] : nil
        // A new word starts after a lower-case letter or digit, or at the last capital of an acronym.
        if !previous.isUppercase || (next?.isLowercase ?? false) {
          words.append(current)
          current = ""
        }
      }
      current += character.lowercased()
    }
    if !current.isEmpty { words.append(current) }
    return words
  }

  /// The SDK's package identity, which SwiftPM takes from its folder's name.
  var sdkPackage: String {
    (sdkPath as NSString).lastPathComponent
  }

  /// The files of the package, by path relative to its folder.
  public var files: [(path: String, text: String)] {
    [
      ("Package.swift", packageManifest),
      (".gitignore", ".build/\n.swiftpm/\n"),
      ("README.md", readme),
      ("Sources/\(packageName)/\(packageName)Module.swift", moduleSource),
      ("Sources/\(packageName)/PluginEntry.swift", entrySource),
      ("Tests/\(packageName)Tests/\(packageName)Tests.swift", testSource),
    ]
  }

  /// Writes the package to `folder/<PackageName>` and returns that path.
  ///
  /// - Throws: ``PluginScaffoldError`` when the destination exists or cannot be written.
  public func write(into folder: String) throws(PluginScaffoldError) -> String {
    let manager = FileManager.default
    let destination = (folder as NSString).appendingPathComponent(packageName)
    if manager.fileExists(atPath: destination) { throw .destinationExists(destination) }
    guard manager.fileExists(atPath: (sdkPath as NSString).appendingPathComponent("Package.swift")) else {
      throw .sdkNotFound(sdkPath)
    }
    let staging = (folder as NSString).appendingPathComponent(".\(packageName).\(UUID().uuidString).partial")
    do {
      try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
      for (path, text) in files {
        let url = URL(fileURLWithPath: staging).appendingPathComponent(path)
        try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
      }
      try manager.moveItem(atPath: staging, toPath: destination)
    } catch {
      try? manager.removeItem(atPath: staging)
      throw .cannotWrite(destination, reason: (error as NSError).localizedDescription)
    }
    return destination
  }
}
