import ArgumentParser
import AttritionBuiltins
import AttritionCore
import AttritionSDK
import Foundation

/// `attrition plugin new NAME [--path DIR] [--sdk PATH]`: a ready-to-build plugin package.
struct PluginCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plugin",
    abstract: "Create plugins: Swift packages whose modules attrition loads at run time.",
    subcommands: [New.self]
  )

  /// `attrition plugin new`.
  struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "Write a plugin package (one module, one function, a test, a README) that `swift build` turns into a .so.",
      discussion: """
        The package is written to DIR/<Name>. Build it with `swift build` and load it with \
        `attrition --plugin DIR/<Name>/.build/debug/lib<Name>.so`. See Docs/Plugins.md.
        """
    )

    @Argument(help: ArgumentHelp("The plugin's name: FrontlineDensity or frontline_density.", valueName: "name"))
    var name: String

    @Option(help: ArgumentHelp("The folder to write the package into.", valueName: "dir"))
    var path: String = "."

    @Option(
      help: ArgumentHelp(
        "The Attrition SDK package to build against (default: $ATTRITION_SDK, else this attrition's source checkout).",
        valueName: "path"))
    var sdk: String?

    func run() throws {
      let session = Session()
      let builtInNames = Set(builtinModules.map(\.descriptor.name))
      do throws(PluginScaffoldError) {
        let scaffold = try PluginScaffold(name: name, sdkPath: session.resolve(sdk ?? New.defaultSDKPath))
        if builtInNames.contains(scaffold.moduleName) {
          throw PluginScaffoldError.builtInName(scaffold.moduleName)
        }
        _ = try scaffold.write(into: session.resolve(path))
        let folder =
          path == "." ? scaffold.packageName : (path as NSString).appendingPathComponent(scaffold.packageName)
        StandardStream.output.writeLine("wrote \(folder): module '\(scaffold.moduleName)'")
        StandardStream.output.writeLine(
          "next: cd \(folder) && swift build && attrition --plugin .build/debug/lib\(scaffold.packageName).so")
      } catch {
        session.report(error.diagnostic, file: nil)
        throw ExitCode.failure
      }
    }

    /// `$ATTRITION_SDK`, else the SDK beside the sources this executable was built from.
    static var defaultSDKPath: String {
      if let path = ProcessInfo.processInfo.environment["ATTRITION_SDK"], !path.isEmpty { return path }
      return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Plugins/AttritionSDK").path
    }
  }
}
