import Foundation

/// The directories searched, in order, for a public dataset file: each `--data-dir`, then each
/// entry of `ATTRITION_DATA` (colon-separated), then the cache that `attrition data pull` fills
/// (`$XDG_CACHE_HOME/attrition/datasets`, by default `~/.cache/attrition/datasets`).
///
/// A dataset named `general-staff/russia_losses_equipment.json` is the file of that relative path
/// in the first directory that has it.
public struct DataPath: Equatable, Sendable {
  /// The environment variable listing data directories.
  public static let environmentVariable = "ATTRITION_DATA"

  /// Why a directory is on the path.
  public enum Origin: String, Equatable, Sendable {
    /// A `--data-dir` option.
    case option = "--data-dir"
    /// An entry of `ATTRITION_DATA`.
    case environment = "ATTRITION_DATA"
    /// The download cache.
    case cache
  }

  /// One directory of the path.
  public struct Directory: Equatable, Sendable {
    /// The absolute path.
    public let path: String
    /// Why it is searched.
    public let origin: Origin
  }

  /// The directories, in search order, without repeats.
  public let directories: [Directory]

  /// The download cache (also the last directory searched).
  public var cache: String {
    directories.last { $0.origin == .cache }?.path ?? ""
  }

  /// The data path from `--data-dir` options and an environment; relative directories resolve
  /// against `workingDirectory`.
  public init(
    dataDirectories: [String] = [], environment: [String: String] = ProcessInfo.processInfo.environment,
    workingDirectory: String = FileManager.default.currentDirectoryPath
  ) {
    let fromEnvironment = (environment[DataPath.environmentVariable] ?? "").split(separator: ":").map(String.init)
    var directories: [Directory] = []
    let candidates =
      dataDirectories.map { ($0, Origin.option) } + fromEnvironment.map { ($0, Origin.environment) }
      + [(DataPath.cacheDirectory(environment: environment), Origin.cache)]
    for (path, origin) in candidates where !path.isEmpty {
      let absolute = DataPath.absolute(path, in: workingDirectory)
      if !directories.contains(where: { $0.path == absolute }) {
        directories.append(Directory(path: absolute, origin: origin))
      }
    }
    self.directories = directories
  }

  /// The download cache for an environment: `$XDG_CACHE_HOME/attrition/datasets` when
  /// `XDG_CACHE_HOME` is an absolute path (the XDG rule), else `$HOME/.cache/attrition/datasets`.
  public static func cacheDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    let base: String
    if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
      base = xdg
    } else {
      let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
      base = (home as NSString).appendingPathComponent(".cache")
    }
    return ((base as NSString).appendingPathComponent("attrition") as NSString).appendingPathComponent("datasets")
  }

  /// The directories' paths, in search order.
  public var searchedPaths: [String] { directories.map(\.path) }

  /// The file holding a dataset: the first directory's `DIR/NAME` that is a regular file, or nil.
  public func locate(_ name: String) -> String? {
    for directory in directories {
      let path = DataPath.file(name, in: directory.path)
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
        return path
      }
    }
    return nil
  }

  /// The path of a dataset's file under a directory.
  public static func file(_ name: String, in directory: String) -> String {
    (directory as NSString).appendingPathComponent(name)
  }

  private static func absolute(_ path: String, in workingDirectory: String) -> String {
    var expanded = path
    if expanded == "~" || expanded.hasPrefix("~/") { expanded = (expanded as NSString).expandingTildeInPath }
    return URL(fileURLWithPath: expanded, relativeTo: URL(fileURLWithPath: workingDirectory, isDirectory: true))
      .standardizedFileURL.path
  }
}
