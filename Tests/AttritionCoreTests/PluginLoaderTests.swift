import AttritionSDK
import Foundation
import Testing

@testable import AttritionCore

/// The plugin loader in-process: the example plugin opened with dlopen into this test process,
/// its descriptor examples run as tests, and each refusal checked.
@Suite("Plugin loader", .serialized)
struct PluginLoaderTests {
  /// A module named like the example plugin's, to provoke a duplicate.
  struct Impostor: AnalysisModule {
    let name: String
    var descriptor: ModuleDescriptor {
      ModuleDescriptor(name: name, version: "0.0.1", summary: "stands in the way", functions: [])
    }
  }

  func probeWithPlugin() throws -> SessionProbe {
    let probe = SessionProbe()
    let outcome = try probe.session.loadPlugin(at: CoreFixtures.examplePlugin)
    #expect(!outcome.wasLoaded)
    return probe
  }

  @Test("the example plugin loads: its manifest, module and functions join the registry")
  func loadsExamplePlugin() throws {
    let probe = try probeWithPlugin()
    let plugin = try #require(probe.session.plugins.first)
    #expect(plugin.manifest.name == "ForceGeneration")
    #expect(plugin.manifest.sdkVersion == PluginABI.loadedSDKVersion)
    #expect(
      probe.session.registry.module(named: "force")?.functions.map(\.name) == [
        "replacement", "net_change", "depletion", "contingent_cover",
      ])
    #expect(Self.examples.count == 9, "the examples the parameterised test below runs")
    let again = try probe.session.loadPlugin(at: CoreFixtures.examplePlugin)
    #expect(again.wasLoaded, "a library loaded before is not loaded twice")
    #expect(probe.session.plugins.count == 1)
  }

  /// Every example of the example plugin's descriptor: its docs are its tests.
  static let examples: [FunctionExample] = {
    guard let probe = try? PluginLoaderTests().probeWithPlugin() else { return [] }
    return probe.session.registry.module(named: "force")?.functions.flatMap(\.examples) ?? []
  }()

  @Test("each descriptor example of the plugin prints its recorded result", arguments: examples.map(\.input))
  func example(input: String) throws {
    let probe = try probeWithPlugin()
    let expected = try #require(Self.examples.first { $0.input == input }?.output)
    #expect(probe.run(input), "\(probe.errorText)")
    #expect(probe.text == expected)
  }

  @Test("a plugin function that throws gives a diagnostic and the session goes on, bindings intact")
  func throwingFunctionLeavesSessionIntact() throws {
    let probe = try probeWithPlugin()
    #expect(probe.run("let losses = 950k"))
    #expect(!probe.run("force.replacement(losses, 1197 days, 150%)"))
    #expect(probe.errorText.contains("[evaluation.invalid_argument]"))
    #expect(probe.errorText.contains("a share must lie between 0 and 1"))
    #expect(probe.run("force.replacement(losses, 2022-02-24..2025-06-04)"))
    #expect(probe.text == "24,156 /month")
    #expect(!probe.run(":plugin \"/nonexistent/libGone.so\""), "a plugin that fails to load")
    #expect(probe.errorText.contains("[plugin.missing]"))
    #expect(probe.run("losses"), "the bindings survive a failed load")
    #expect(probe.text == "950,000")
  }

  @Test("a module name already taken refuses the plugin whole and keeps the existing module")
  func duplicateModule() throws {
    let probe = SessionProbe(registry: try ModuleRegistry(modules: [Impostor(name: "force")]))
    #expect(throws: PluginError.duplicateModule(path: CoreFixtures.examplePlugin, module: "force")) {
      try probe.session.loadPlugin(at: CoreFixtures.examplePlugin)
    }
    #expect(probe.session.registry.module(named: "force")?.summary == "stands in the way")
    #expect(probe.session.plugins.isEmpty)
    let message = PluginError.duplicateModule(path: "lib.so", module: "force").diagnostic.message
    #expect(message.contains("the plugin was refused and the existing module kept"))
  }

  @Test("a module with a malformed name is refused as plugin.invalid_module")
  func invalidModule() throws {
    let probe = SessionProbe()
    let manifest = PluginManifest(name: "Bad", version: "1.0.0", modules: [Impostor(name: "Not-Snake")])
    #expect(throws: PluginError.self) {
      try probe.session.register(PluginLoader.Loaded(path: "/x/libBad.so", manifest: manifest), shownAs: "libBad.so")
    }
    do {
      _ = try probe.session.register(
        PluginLoader.Loaded(path: "/x/libBad.so", manifest: manifest), shownAs: "libBad.so")
    } catch {
      #expect(error.diagnostic.id.description == "plugin.invalid_module")
      #expect(error.diagnostic.message.contains("'Not-Snake' is not a lower_snake_case name"))
    }
    #expect(probe.session.registry.modules.isEmpty)
  }

  @Test("an ELF file cut short is refused before the dynamic loader sees it")
  func truncatedLibrary() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("attrition-plugin-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let whole = try Data(contentsOf: URL(fileURLWithPath: CoreFixtures.examplePlugin))
    let cut = folder.appendingPathComponent("libCut.so")
    try whole.prefix(64).write(to: cut)
    #expect(throws: PluginError.notSharedLibrary(path: cut.path, found: "it is cut short")) {
      try PluginLoader.load(path: cut.path)
    }
  }

  @Test("a plugin the dynamic loader refuses (a library it needs is missing) is plugin.load_failed with its reason")
  func loaderRefuses() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("attrition-plugin-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    // The same plugin, its entry points intact, but needing 'libswiftCorX.so', which nobody has.
    var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: CoreFixtures.examplePlugin)))
    let needed = Array("libswiftCore.so\u{0}".utf8)
    let start = try #require(
      bytes.indices.first { bytes[$0...].starts(with: needed) }, "the plugin needs libswiftCore.so")
    bytes[start + needed.count - 5] = UInt8(ascii: "X")
    let patched = folder.appendingPathComponent("libNeedsMissing.so")
    try Data(bytes).write(to: patched)
    #expect {
      try PluginLoader.load(path: patched.path)
    } throws: { error in
      guard let error = error as? PluginError, case .loadFailed(let path, let reason) = error else { return false }
      return path == patched.path && reason.contains("libswiftCorX.so")
    }
  }

  static let headers: [(bytes: [UInt8], found: String?)] = [
    ([], "the file is empty"),
    (Array("hello, world\n".utf8), "it does not start with an ELF header"),
    ([0x7F, 0x45, 0x4C, 0x46, 2, 1], "its ELF header is cut short"),
    (
      [0x7F, 0x45, 0x4C, 0x46, 2, 1] + [UInt8](repeating: 0, count: 10) + [1, 0],
      "an ELF object file; link it into a shared library"
    ),
    ([0x7F, 0x45, 0x4C, 0x46, 2, 1] + [UInt8](repeating: 0, count: 10) + [2, 0], "an ELF executable"),
    ([0x7F, 0x45, 0x4C, 0x46, 2, 1] + [UInt8](repeating: 0, count: 10) + [3, 0], nil),
    ([0x7F, 0x45, 0x4C, 0x46, 2, 2] + [UInt8](repeating: 0, count: 10) + [0, 3], nil),
  ]

  @Test("the ELF header check: only shared libraries pass", arguments: headers.indices)
  func elfHeader(index: Int) {
    let (bytes, found) = Self.headers[index]
    if let found {
      #expect(throws: PluginError.notSharedLibrary(path: "p.so", found: found)) {
        try PluginLoader.checkELF(bytes, path: "p.so")
      }
    } else {
      #expect(throws: Never.self) { try PluginLoader.checkELF(bytes, path: "p.so") }
    }
  }

  @Test("the user plugin folder: $XDG_DATA_HOME, else $HOME; only *.so files, sorted")
  func userFolder() throws {
    #expect(
      PluginFolder.standard(environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/a"])?.path
        == "/data/attrition/plugins")
    #expect(PluginFolder.standard(environment: ["HOME": "/home/a"])?.path == "/home/a/.local/share/attrition/plugins")
    #expect(
      PluginFolder.standard(environment: ["XDG_DATA_HOME": "relative", "HOME": "/h"])?.path
        == "/h/.local/share/attrition/plugins")
    #expect(PluginFolder.standard(environment: [:]) == nil)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("attrition-plugins-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for name in ["libB.so", "libA.so", "notes.txt", ".hidden.so"] {
      try Data().write(to: folder.appendingPathComponent(name))
    }
    #expect(PluginFolder(path: folder.path).libraries() == [folder.path + "/libA.so", folder.path + "/libB.so"])
    #expect(PluginFolder(path: folder.path + "/absent").libraries().isEmpty)
  }
}
