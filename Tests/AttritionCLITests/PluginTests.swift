import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Plugins through the real executable: the example plugin built as its own `.so` and loaded at
/// run time, the scaffold built with `swift build`, a plugin of another ABI, and the user folder.
@Suite("Plugins", .serialized)
struct PluginTests {
  /// `libForceGeneration.so`, which `swift build` makes beside the executable (never linked into it).
  static func examplePlugin() throws -> String {
    let executable = try #require(try? AttritionProcess.executable.get())
    let library = executable.deletingLastPathComponent().appendingPathComponent("libForceGeneration.so")
    #expect(FileManager.default.fileExists(atPath: library.path), "build the ForceGeneration product first")
    return library.path
  }

  /// The SDK package of this checkout.
  static let sdk = FixturePaths.root.appendingPathComponent("Plugins/AttritionSDK")

  @Test("the example plugin's functions run from a script that loads it with --plugin")
  func examplePluginFromScript() throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let script = folder.appendingPathComponent("force.atn")
    try Data(
      """
      force.replacement(950k, 2022-02-24..2025-06-04)
      force.contingent_cover(atleast(10k), 950k, 2022-02-24..2025-06-04)
      """.utf8
    ).write(to: script)
    let outcome = try AttritionProcess.run(
      ["run", "--no-plugins", "--echo", "off", "--plugin", try Self.examplePlugin(), script.path])
    Expect.success(outcome)
    #expect(outcome.stdout == "24,156 /month\nat least 12.6 days\n")
  }

  @Test(":plugin in a script loads the plugin with --allow-plugins; :modules lists it and :help documents it")
  func pluginCommand() throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let script = """
      :plugin "\(try Self.examplePlugin())"
      :modules
      :help force.depletion
      force.depletion(600k troops, -10k..-5k troops/month)
      """
    try Data(script.utf8).write(to: folder.appendingPathComponent("uses-plugin.atn"))
    // An empty data folder: no plugin of the user's is loaded besides the script's.
    let outcome = try AttritionProcess.run(
      ["run", "--allow-plugins", "uses-plugin.atn"], directory: folder, environment: ["XDG_DATA_HOME": folder.path])
    Expect.success(outcome)
    #expect(outcome.stdout.contains("loaded plugin 'ForceGeneration' 1.0.0 (SDK 2.0.0): module force (4 functions)"))
    #expect(outcome.stdout.contains("force      1.0.0"))
    #expect(outcome.stdout.contains("force.depletion(force: number, net_change: number) -> number (months)"))
    #expect(outcome.stdout.contains("force.depletion(600k troops, -5k troops/month)\n  → 120 months"))
    #expect(outcome.stdout.hasSuffix("80.0 [60.0 – 120.0] months\n"))
  }

  @Test("attrition modules --plugin lists the plugin's module, and --markdown documents it")
  func modulesCommand() throws {
    let plugin = try Self.examplePlugin()
    let listing = try AttritionProcess.run(["modules", "--no-plugins", "--plugin", plugin])
    Expect.success(listing)
    #expect(listing.stdout.contains("force      1.0.0            4  Force generation"))
    let reference = try AttritionProcess.run(["modules", "--markdown", "--no-plugins", "--plugin", plugin])
    Expect.success(reference)
    #expect(reference.stdout.contains("force.contingent_cover"))
  }

  @Test("a plugin function that throws gives a diagnostic naming the argument")
  func throwingFunction() throws {
    let outcome = try AttritionProcess.run([
      "--no-plugins", "--plugin", try Self.examplePlugin(), "-e", "force.replacement(950k, 1197 days, 120%)",
    ])
    Expect.diagnostic(outcome, id: "evaluation.invalid_argument")
    #expect(outcome.stderr.contains("invalid 'returning' for 'force.replacement': a share must lie between 0 and 1"))
  }

  @Test("a script's or notebook's :plugin needs --allow-plugins; --no-plugins refuses it everywhere")
  func pluginCommandPermission() throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let plugin = try Self.examplePlugin()
    try Data(":plugin \"\(plugin)\"\nforce.net_change(2/day, 1/day)\n".utf8)
      .write(to: folder.appendingPathComponent("uses-plugin.atn"))
    try Data("# Brief\n\n```atn\n:plugin \"\(plugin)\"\n```\n".utf8)
      .write(to: folder.appendingPathComponent("brief.md"))
    let environment = ["XDG_DATA_HOME": folder.path]
    for arguments in [["run", "uses-plugin.atn"], ["notebook", "brief.md"]] {
      let refused = try AttritionProcess.run(arguments, directory: folder, environment: environment)
      Expect.diagnostic(refused, id: "plugin.not_allowed")
      #expect(refused.stderr.contains("run it with --allow-plugins"), "\(refused.summary)")
      #expect(!refused.stdout.contains("loaded plugin"), "\(refused.summary)")
    }
    let allowed = try AttritionProcess.run(
      ["run", "--allow-plugins", "uses-plugin.atn"], directory: folder, environment: environment)
    Expect.success(allowed)
    for arguments in [["--no-plugins", "-e", ":plugin \"\(plugin)\""], ["run", "--no-plugins", "uses-plugin.atn"]] {
      let forbidden = try AttritionProcess.run(arguments, directory: folder, environment: environment)
      Expect.diagnostic(forbidden, id: "plugin.forbidden")
    }
    let conflict = try AttritionProcess.run(
      ["run", "--no-plugins", "--allow-plugins", "uses-plugin.atn"], directory: folder, environment: environment)
    #expect(conflict.status == 2 && conflict.stderr.contains("cannot be used together"), "\(conflict.summary)")
  }

  @Test("every *.so in $XDG_DATA_HOME/attrition/plugins loads, unless --no-plugins; a broken one is skipped")
  func userFolder() throws {
    let data = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: data) }
    let plugins = data.appendingPathComponent("attrition/plugins")
    try FileManager.default.createDirectory(at: plugins, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: plugins.appendingPathComponent("libForceGeneration.so").path,
      withDestinationPath: try Self.examplePlugin())
    try Data("not a library\n".utf8).write(to: plugins.appendingPathComponent("stale.so"))
    let environment = ["XDG_DATA_HOME": data.path]
    let loaded = try AttritionProcess.run(["-e", "force.net_change(30k/month, 1000/day)"], environment: environment)
    #expect(loaded.status == 0, "\(loaded.summary)")
    #expect(loaded.stdout == "-436.9 /month\n")
    #expect(loaded.stderr.contains("warning: '\(plugins.path)/stale.so' is not a shared library"))
    #expect(loaded.stderr.contains("skipped: remove it from \(plugins.path) or rebuild it"))
    let skipped = try AttritionProcess.run(
      ["--no-plugins", "-e", "force.net_change(1/day, 1/day)"], environment: environment)
    Expect.diagnostic(skipped, id: "evaluation.unknown_name")
  }

  @Test("a library without the plugin's entry points is refused from its symbol table: its constructor never runs")
  func constructorNeverRuns() throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let marker = folder.appendingPathComponent("constructor-ran").path
    let source = folder.appendingPathComponent("impostor.c")
    try Data(
      """
      #include <fcntl.h>
      #include <unistd.h>
      __attribute__((constructor)) static void run_at_load(void) { close(open("\(marker)", O_CREAT | O_WRONLY, 0644)); }
      int attrition_plugin_abi_versio(void) { return 2; }

      """.utf8
    ).write(to: source)
    let library = folder.appendingPathComponent("libImpostor.so").path
    let compiler = Process()
    compiler.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    compiler.arguments = ["clang", "-shared", "-fPIC", "-o", library, source.path]
    try compiler.run()
    compiler.waitUntilExit()
    try #require(compiler.terminationStatus == 0, "clang could not build the impostor library")
    let outcome = try AttritionProcess.run(["--no-plugins", "--plugin", library, "-e", "1"])
    Expect.diagnostic(outcome, id: "plugin.not_a_plugin")
    #expect(outcome.stderr.contains("it has no 'attrition_plugin_abi_version' entry point"), "\(outcome.summary)")
    #expect(!FileManager.default.fileExists(atPath: marker), "the library's constructor ran: it was opened")
  }

  @Test("a plugin file or folder others may write, or a plugin of another user, is refused, naming it")
  func writableByOthers() throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let library = folder.appendingPathComponent("libForceGeneration.so")
    try FileManager.default.copyItem(atPath: try Self.examplePlugin(), toPath: library.path)
    let run = {
      try AttritionProcess.run(["--no-plugins", "--plugin", library.path, "-e", "force.net_change(2/day, 1/day)"])
    }
    chmod(library.path, 0o757)
    var outcome = try run()
    Expect.diagnostic(outcome, id: "plugin.writable_by_others")
    #expect(outcome.stderr.contains("the file \(library.resolvingSymlinksInPath().path) can be changed by other users"))
    chmod(library.path, 0o755)
    chmod(folder.path, 0o777)
    outcome = try run()
    Expect.diagnostic(outcome, id: "plugin.writable_by_others")
    #expect(outcome.stderr.contains("its folder"), "\(outcome.summary)")
    chmod(folder.path, 0o755)
    outcome = try run()
    #expect(outcome.status == 0, "the same plugin loads once only its owner may change it: \(outcome.summary)")
    if getuid() == 0 {
      // Only root can give a file away; the check is the same for everyone else.
      let nobody = try #require(getpwnam("nobody")).pointee.pw_uid
      chown(library.path, nobody, 0)
      outcome = try run()
      Expect.diagnostic(outcome, id: "plugin.owned_by_another")
      #expect(outcome.stderr.contains("belongs to another user (uid \(nobody))"), "\(outcome.summary)")
    }
  }

  @Test(":plugin NAME finds lib<NAME>.so beside the attrition executable; an unknown name lists where it looked")
  func pluginByName() throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let environment = ["XDG_DATA_HOME": folder.path]
    let found = try AttritionProcess.run(
      ["-e", ":plugin \"ForceGeneration\"\nforce.net_change(2/day, 1/day)"], directory: folder, environment: environment
    )
    Expect.success(found)
    #expect(found.stdout.contains("loaded plugin 'ForceGeneration'"), "\(found.summary)")
    // A file of that name in the working directory is not what a name means.
    try Data("not a library".utf8).write(to: folder.appendingPathComponent("libNoSuchPlugin.so"))
    let missing = try AttritionProcess.run(
      ["-e", ":plugin \"NoSuchPlugin\""], directory: folder, environment: environment)
    Expect.diagnostic(missing, id: "plugin.missing")
    #expect(missing.stderr.contains("no plugin named 'NoSuchPlugin'"), "\(missing.summary)")
    #expect(missing.stderr.contains(folder.path + "/attrition/plugins/libNoSuchPlugin.so"), "\(missing.summary)")
    #expect(!missing.stderr.contains(folder.path + "/libNoSuchPlugin.so,"), "never the working directory")
  }

  @Test("a plugin in the working directory is never loaded by itself")
  func notFromWorkingDirectory() throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.copyItem(
      atPath: try Self.examplePlugin(), toPath: folder.appendingPathComponent("libForceGeneration.so").path)
    let outcome = try AttritionProcess.run(
      ["-e", "force.net_change(1/day, 1/day)"], directory: folder, environment: ["XDG_DATA_HOME": folder.path])
    Expect.diagnostic(outcome, id: "evaluation.unknown_name")
  }

  @Test("a text file renamed .so, a library without the entry points, a folder and a missing file are refused")
  func badLibraries() throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let text = folder.appendingPathComponent("notes.so")
    try Data("just text\n".utf8).write(to: text)
    let sdkLibrary = URL(fileURLWithPath: try Self.examplePlugin()).deletingLastPathComponent()
      .appendingPathComponent("libAttritionSDK.so").path
    let cases: [(path: String, id: String, message: String)] = [
      (text.path, "plugin.not_shared_library", "is not a shared library (it does not start with an ELF header)"),
      (sdkLibrary, "plugin.not_a_plugin", "has no 'attrition_plugin_abi_version' entry point"),
      (folder.path, "plugin.is_directory", "is a directory, not a plugin"),
      (folder.appendingPathComponent("absent.so").path, "plugin.missing", "no plugin at"),
    ]
    for (path, id, message) in cases {
      let outcome = try AttritionProcess.run(["--no-plugins", "--plugin", path, "-e", "1"])
      Expect.diagnostic(outcome, id: id)
      #expect(outcome.stderr.contains(path), "the diagnostic names the path: \(outcome.stderr)")
      #expect(outcome.stderr.contains(message), "\(outcome.stderr)")
      #expect(outcome.stdout.isEmpty)
    }
  }

  @Test("attrition plugin new → swift build → --plugin → call, against this checkout's SDK")
  func scaffoldBuildsAndLoads() throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let created = try AttritionProcess.run([
      "plugin", "new", "FrontlineDensity", "--path", folder.path, "--sdk", Self.sdk.path,
    ])
    #expect(created.status == 0, "\(created.summary)")
    let package = folder.appendingPathComponent("FrontlineDensity")
    let build = try SwiftBuild.run(in: package)
    try #require(build.status == 0, "swift build failed: \(build.output)")
    let library = package.appendingPathComponent(".build/debug/libFrontlineDensity.so").path
    let outcome = try AttritionProcess.run([
      "--no-plugins", "--plugin", library, "-e", "frontline_density.per_day(950k, 1197)\n:help frontline_density",
    ])
    Expect.success(outcome)
    #expect(outcome.stdout.hasPrefix("793.7\n"))
    #expect(outcome.stdout.contains("frontline_density.per_day(total: number, days: number) -> number (per day)"))
    let again = try AttritionProcess.run([
      "plugin", "new", "FrontlineDensity", "--path", folder.path, "--sdk", Self.sdk.path,
    ])
    Expect.diagnostic(again, id: "plugin.destination_exists")
    let badName = try AttritionProcess.run(["plugin", "new", "9lives", "--path", folder.path])
    Expect.diagnostic(badName, id: "plugin.invalid_name")
    let builtIn = try AttritionProcess.run(["plugin", "new", "casualty", "--path", folder.path, "--sdk", Self.sdk.path])
    Expect.diagnostic(builtIn, id: "plugin.built_in_name")
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Casualty").path), "nothing written")
  }

  @Test("a plugin built against another SDK ABI is refused, naming both versions")
  func abiMismatch() throws {
    let folder = try FixturePaths.scratchFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    // A copy of this SDK whose ABI version is 2: what a plugin built against a future SDK reports.
    let otherSDK = folder.appendingPathComponent("AttritionSDK")
    try FileManager.default.createDirectory(at: otherSDK, withIntermediateDirectories: true)
    for entry in ["Package.swift", "Sources"] {
      try FileManager.default.copyItem(
        at: Self.sdk.appendingPathComponent(entry), to: otherSDK.appendingPathComponent(entry))
    }
    let abiFile = otherSDK.appendingPathComponent("Sources/AttritionSDK/Plugins/PluginABI.swift")
    let original = try String(contentsOf: abiFile, encoding: .utf8)
    let bumped = original.replacingOccurrences(
      of: "public static var compiledVersion: Int32 { 2 }", with: "public static var compiledVersion: Int32 { 3 }")
    try #require(bumped != original, "PluginABI.swift no longer declares compiledVersion as { 2 }")
    try Data(bumped.utf8).write(to: abiFile)
    let created = try AttritionProcess.run([
      "plugin", "new", "FutureABI", "--path", folder.path, "--sdk", otherSDK.path,
    ])
    #expect(created.status == 0, "\(created.summary)")
    let build = try SwiftBuild.run(in: folder.appendingPathComponent("FutureABI"))
    try #require(build.status == 0, "swift build failed: \(build.output)")
    let library = folder.appendingPathComponent("FutureABI/.build/debug/libFutureABI.so").path
    let outcome = try AttritionProcess.run(["--no-plugins", "--plugin", library, "-e", "1"])
    Expect.diagnostic(outcome, id: "plugin.abi_mismatch")
    #expect(outcome.stderr.contains("was built against Attrition SDK ABI 3; this attrition has ABI 2"))
  }
}
