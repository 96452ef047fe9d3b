/// The version of the plugin contract: what a plugin and the host must agree on to share types.
///
/// A plugin reports the ABI version it was compiled against from its exported
/// `attrition_plugin_abi_version` function. Because ``compiledVersion`` is emitted into the
/// plugin's own code, that answer is fixed when the plugin is built, whatever SDK library it is
/// later loaded beside. The host refuses a plugin whose version differs from ``loadedVersion`` and
/// names both, before it touches any Swift type of the plugin.
///
/// The ABI version changes whenever a public type of the SDK changes its layout or its members
/// (see Docs/Plugins.md); the SDK is built without library evolution, so any such change makes
/// old plugins unsafe to load.
public enum PluginABI {
  /// The ABI version the calling code was compiled against.
  @_alwaysEmitIntoClient
  public static var compiledVersion: Int32 { 2 }

  /// The ABI version of the SDK library loaded in this process.
  public static let loadedVersion: Int32 = compiledVersion

  /// The SDK's release the calling code was compiled against, `MAJOR.MINOR.PATCH`.
  @_alwaysEmitIntoClient
  public static var compiledSDKVersion: String { "2.0.0" }

  /// The SDK's release loaded in this process.
  public static let loadedSDKVersion: String = compiledSDKVersion

  /// The C symbol that returns the plugin's ABI version: `Int32 attrition_plugin_abi_version(void)`.
  public static let versionSymbol = "attrition_plugin_abi_version"

  /// The C symbol that returns the plugin's manifest, retained: `void *attrition_plugin_manifest(void)`.
  public static let manifestSymbol = "attrition_plugin_manifest"
}
