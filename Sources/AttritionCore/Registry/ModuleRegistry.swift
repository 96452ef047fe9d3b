public import AttritionSDK

/// The analysis modules of a session, by name: built once from the built-ins (and later plugins),
/// never changed in place. The language reaches module functions only through it.
public struct ModuleRegistry: Sendable {
  /// The modules' descriptors, in registration order.
  public let modules: [ModuleDescriptor]
  private let positions: [String: Int]

  /// A registry without modules.
  public static let empty = ModuleRegistry(validated: [])

  private init(validated modules: [ModuleDescriptor]) {
    self.modules = modules
    positions = Dictionary(uniqueKeysWithValues: modules.enumerated().map { ($1.name, $0) })
  }

  /// Builds a registry, refusing malformed and duplicate names.
  ///
  /// - Throws: ``RegistryError`` naming the offending module or function.
  public init(modules: [any AnalysisModule]) throws(RegistryError) {
    self = try ModuleRegistry.empty.registering(modules)
  }

  /// A new registry with more modules (e.g. from a plugin); this one is unchanged.
  ///
  /// - Throws: ``RegistryError/duplicateModule(_:)`` when a name is taken; nothing is registered then.
  public func registering(_ additions: [any AnalysisModule]) throws(RegistryError) -> ModuleRegistry {
    var all = modules
    for module in additions {
      let descriptor = module.descriptor
      try ModuleRegistry.validate(descriptor)
      if all.contains(where: { $0.name == descriptor.name }) { throw .duplicateModule(descriptor.name) }
      all.append(descriptor)
    }
    return ModuleRegistry(validated: all)
  }

  /// The module with a name.
  public func module(named name: String) -> ModuleDescriptor? {
    positions[name].map { modules[$0] }
  }

  /// The module names, in registration order.
  public var moduleNames: [String] { modules.map(\.name) }

  static func validate(_ descriptor: ModuleDescriptor) throws(RegistryError) {
    guard isLowerSnake(descriptor.name) else { throw .invalidName(descriptor.name, module: nil) }
    var seen: Set<String> = []
    for function in descriptor.functions {
      guard isLowerSnake(function.name) else { throw .invalidName(function.name, module: descriptor.name) }
      guard seen.insert(function.name).inserted else {
        throw .duplicateFunction(module: descriptor.name, function: function.name)
      }
    }
  }

  static func isLowerSnake(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
    return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
  }
}

/// Why modules could not be registered.
public enum RegistryError: DiagnosticConvertible, Equatable, Sendable {
  /// A module with this name is already registered; the existing one is kept.
  case duplicateModule(String)
  /// A module lists two functions with one name.
  case duplicateFunction(module: String, function: String)
  /// A module or function name is not `lower_snake_case`.
  case invalidName(String, module: String?)

  /// The diagnostic, in the `registry` phase.
  public var diagnostic: Diagnostic {
    let (name, message): (String, String) =
      switch self {
      case .duplicateModule(let module):
        ("duplicate_module", "a module named '\(module)' is already registered; the existing one is kept")
      case .duplicateFunction(let module, let function):
        ("duplicate_function", "module '\(module)' defines function '\(function)' twice")
      case .invalidName(let name, let module):
        ("invalid_name", "'\(name)'\(module.map { " in module '\($0)'" } ?? "") is not a lower_snake_case name")
      }
    return Diagnostic(id: DiagnosticID(phase: "registry", name: name), message: message)
  }
}
