#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finds a resource file that SwiftPM copied next to the running executable
/// (`<executable's folder>/<Package>_<Target>.resources/…`), without Foundation's `Bundle`.
///
/// Built-in modules describe their reference datasets at every start-up; looking the files up
/// through `Bundle.module` initialised CoreFoundation's bundle machinery and cost about a tenth of
/// `attrition -e '950k/400k'`. A module falls back to `Bundle.module` when this returns nil (a
/// layout other than SwiftPM's, such as a plugin loaded from elsewhere).
///
/// ```swift
/// ModuleResource.path("casualty_estimates.csv", in: "Resources", bundle: "Attrition_CasualtyRatios")
/// ```
public enum ModuleResource {
  /// The folder of the running executable, from `/proc/self/exe`.
  static let executableFolder: String? = {
    var buffer = [CChar](repeating: 0, count: 4096)
    let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard count > 0 else { return nil }
    let path = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    guard let slash = path.lastIndex(of: "/") else { return nil }
    return String(path[..<slash])
  }()

  /// The path of `file` inside `directory` of the resource bundle `bundle` (`Package_Target`)
  /// next to the executable, or nil when no such readable file is there.
  public static func path(_ file: String, in directory: String, bundle: String) -> String? {
    guard let folder = executableFolder else { return nil }
    let path = "\(folder)/\(bundle).resources/\(directory)/\(file)"
    return access(path, R_OK) == 0 ? path : nil
  }
}
