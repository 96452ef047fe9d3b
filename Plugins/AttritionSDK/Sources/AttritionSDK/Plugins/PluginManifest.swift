/// What a plugin provides: its name, version and analysis modules.
///
/// A plugin's exported `attrition_plugin_manifest` function creates one and hands it to the host
/// with ``retainedPointer()``; the host takes ownership of that reference. Only a host whose
/// ``PluginABI/loadedVersion`` equals the plugin's ABI version reads it.
///
/// ```swift
/// @_cdecl("attrition_plugin_manifest")
/// public func attritionPluginManifest() -> UnsafeMutableRawPointer {
///   PluginManifest(name: "force_generation", version: "1.0.0", modules: [ForceGenerationModule()])
///     .retainedPointer()
/// }
/// ```
public final class PluginManifest: Sendable {
  /// The plugin's name, as messages about it print it.
  public let name: String
  /// The plugin's own version, `MAJOR.MINOR.PATCH`.
  public let version: String
  /// The modules it adds to the host's registry.
  public let modules: [any AnalysisModule]
  /// The SDK release the plugin was compiled against.
  public let sdkVersion: String

  /// Creates a manifest; `sdkVersion` defaults to the SDK the calling plugin is compiled against.
  public init(
    name: String, version: String, modules: [any AnalysisModule],
    sdkVersion: String = PluginABI.compiledSDKVersion
  ) {
    self.name = name
    self.version = version
    self.modules = modules
    self.sdkVersion = sdkVersion
  }

  /// A retained, untyped reference to this manifest, for the plugin's C entry point to return.
  public func retainedPointer() -> UnsafeMutableRawPointer {
    Unmanaged.passRetained(self).toOpaque()
  }

  /// Takes ownership of a manifest returned by a plugin's entry point.
  ///
  /// Only call this after checking the plugin's ABI version: a pointer from another ABI is not a
  /// manifest this host can read.
  public static func takeRetained(_ pointer: UnsafeMutableRawPointer) -> PluginManifest {
    Unmanaged<PluginManifest>.fromOpaque(pointer).takeRetainedValue()
  }
}
