import AttritionLanguage

/// The public datasets Attrition knows by name, each pinned to a commit with its SHA-256, and
/// their groups (`general-staff`, `oryx`, `deepstate`, `nzz`: the first component of a name).
///
/// The pinned entries are those of `shared/datasets/SOURCES.tsv`.
public struct PublicDatasetCatalog: Sendable {
  /// The datasets, in catalog order.
  public let datasets: [PublicDataset]

  /// Creates a catalog of `datasets`.
  public init(datasets: [PublicDataset]) {
    self.datasets = datasets
  }

  /// The group names, in catalog order.
  public var groups: [String] {
    var seen: Set<String> = []
    return datasets.map(\.group).filter { seen.insert($0).inserted }
  }

  /// The dataset with a name, or nil.
  public func dataset(named name: String) -> PublicDataset? {
    datasets.first { $0.name == name }
  }

  /// The datasets of a group (empty when there is no such group).
  public func datasets(inGroup group: String) -> [PublicDataset] {
    datasets.filter { $0.group == group }
  }

  /// The dataset with a name.
  ///
  /// - Throws: ``PublicDatasetError/unknownDataset(_:suggestion:)`` with a did-you-mean.
  public func lookup(_ name: String) throws(PublicDatasetError) -> PublicDataset {
    guard let dataset = dataset(named: name) else {
      throw .unknownDataset(name, suggestion: suggestion(for: name, includingGroups: false))
    }
    return dataset
  }

  /// The datasets a `pull` argument names: one dataset, or every dataset of a group.
  ///
  /// - Throws: ``PublicDatasetError/unknownDataset(_:suggestion:)`` with a did-you-mean.
  public func select(_ nameOrGroup: String) throws(PublicDatasetError) -> [PublicDataset] {
    var trimmed = nameOrGroup
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
    if let dataset = dataset(named: trimmed) { return [dataset] }
    let members = datasets(inGroup: trimmed)
    guard members.isEmpty else { return members }
    throw .unknownDataset(nameOrGroup, suggestion: suggestion(for: trimmed, includingGroups: true))
  }

  /// The closest known name: the dataset whose file name it is (the group left out), else the
  /// name (or group) within a plausible typo's edit distance.
  func suggestion(for name: String, includingGroups: Bool) -> String? {
    let fileName = String(name.split(separator: "/").last ?? Substring(name))
    let byFile = datasets.filter { $0.fileName == fileName }
    if byFile.count == 1 { return byFile[0].name }
    return Suggestions.closest(to: name, among: datasets.map(\.name) + (includingGroups ? groups : []))
  }
}

extension PublicDatasetCatalog {
  /// The units of the General Staff's equipment columns that name one kind of equipment. Columns
  /// that mix kinds (`special equipment`, `vehicles and fuel tanks`) or have no unit in the
  /// catalogue (`cruise missiles`, `mobile SRBM system`) stay plain counts.
  static let generalStaffEquipmentUnits = [
    "tank": "tanks", "APC": "apc", "field artillery": "artillery", "MRL": "mlrs", "aircraft": "aircraft",
    "helicopter": "helicopters", "drone": "drones", "naval ship": "ships", "submarines": "ships",
    "anti-aircraft warfare": "systems",
  ]

  /// The pinned public datasets.
  public static let pinned = PublicDatasetCatalog(datasets: [
    PublicDataset(
      "general-staff/russia_losses_equipment.json", repository: "PetroIvaniuk/2022-Ukraine-Russia-War-Dataset",
      commit: "37655f8bbdd6806d2f94416253116b02a750c97b", path: "data/russia_losses_equipment.json", byteCount: 706073,
      sha256: "8c3adf7e039b090560c6ded5071e4a0eb43bcebae825fd1b5c71c073c0980cba",
      licence: .mit, units: PublicDatasetCatalog.generalStaffEquipmentUnits),
    PublicDataset(
      "general-staff/russia_losses_equipment_correction.json",
      repository: "PetroIvaniuk/2022-Ukraine-Russia-War-Dataset",
      commit: "37655f8bbdd6806d2f94416253116b02a750c97b", path: "data/russia_losses_equipment_correction.json",
      byteCount: 11967,
      sha256: "39159a4e38bd774e6ec94a25df9434e9046e910c1d36539a29dafe429b9aad50",
      licence: .mit, units: PublicDatasetCatalog.generalStaffEquipmentUnits.merging(["personnel": "personnel"]) { $1 }),
    PublicDataset(
      "general-staff/russia_losses_equipment_oryx.json", repository: "PetroIvaniuk/2022-Ukraine-Russia-War-Dataset",
      commit: "37655f8bbdd6806d2f94416253116b02a750c97b", path: "data/russia_losses_equipment_oryx.json",
      byteCount: 76715,
      sha256: "def28ab88ed20904b5280a148c56612f85b750005dcbe6c710d3509f4c65d333",
      licence: .mit),
    PublicDataset(
      "general-staff/russia_losses_personnel.json", repository: "PetroIvaniuk/2022-Ukraine-Russia-War-Dataset",
      commit: "37655f8bbdd6806d2f94416253116b02a750c97b", path: "data/russia_losses_personnel.json", byteCount: 200237,
      sha256: "8a11a5e9d7016ac45079f9a7fc82713003549676737597a72c23b6b13b3463b2",
      licence: .mit, units: ["personnel": "personnel"]),
    PublicDataset(
      "oryx/daily_count.csv", repository: "scarnecchia/oryx_data",
      commit: "a8624b4781666b73440fba89824133cb41531a72", path: "daily_count.csv", byteCount: 134691,
      sha256: "93264f480a6e532b99e2adeba0d8abe6058bf6885e2c65780ced699320344f68",
      licence: .ccBy4),
    PublicDataset(
      "oryx/event_abandoned.csv", repository: "scarnecchia/oryx_data",
      commit: "a8624b4781666b73440fba89824133cb41531a72", path: "event_abandoned.csv", byteCount: 345127,
      sha256: "472fe200814fa1c1f4c786890596bd7b1b74e5aa088ba519ba3d371957f1b069",
      licence: .ccBy4),
    PublicDataset(
      "oryx/event_captured.csv", repository: "scarnecchia/oryx_data",
      commit: "a8624b4781666b73440fba89824133cb41531a72", path: "event_captured.csv", byteCount: 690558,
      sha256: "35df0fe5be788412b67ee65edaef52c688d16a80c62b3113731626987a23c704",
      licence: .ccBy4),
    PublicDataset(
      "oryx/event_damaged.csv", repository: "scarnecchia/oryx_data",
      commit: "a8624b4781666b73440fba89824133cb41531a72", path: "event_damaged.csv", byteCount: 477687,
      sha256: "ae61685eed75c0ca431697eb1851c889d80e6e1b8fae0d8deae5372ca073ca0c",
      licence: .ccBy4),
    PublicDataset(
      "oryx/event_destroyed.csv", repository: "scarnecchia/oryx_data",
      commit: "a8624b4781666b73440fba89824133cb41531a72", path: "event_destroyed.csv", byteCount: 3_643_304,
      sha256: "c413fdfa9f5220ccdbaf7403adaaa6cde01009a26a2da7db4ba51894269664fd",
      licence: .ccBy4),
    PublicDataset(
      "oryx/totals_by_system_wide.csv", repository: "scarnecchia/oryx_data",
      commit: "a8624b4781666b73440fba89824133cb41531a72", path: "totals_by_system_wide.csv", byteCount: 313497,
      sha256: "7b18788747d07113fda48287b696c8de44b94edb8eaa4c9d2cc3d878ae45953f",
      licence: .ccBy4),
    PublicDataset(
      "oryx/totals_by_type.csv", repository: "scarnecchia/oryx_data",
      commit: "a8624b4781666b73440fba89824133cb41531a72", path: "totals_by_type.csv", byteCount: 3348,
      sha256: "1b3ac87ecc1f0ba7eb78f283c924ca3e2f6efbc8e7b70e0ae15b9e2d3cf0f07a",
      licence: .ccBy4),
    PublicDataset(
      "oryx/totals_by_type_history.csv", repository: "scarnecchia/oryx_data",
      commit: "a8624b4781666b73440fba89824133cb41531a72", path: "totals_by_type.csv", byteCount: 744_899,
      sha256: "5fb6bb087592c60a4a6548ba394e819d34111b122df2b3f07a8bc67deb2b14f9",
      licence: .ccBy4,
      derivation: "scarnecchia/oryx_data, totals_by_type.csv as it stood at 208 commits, 2022-03-28 to 2025-07-19"),
    PublicDataset(
      "nzz/territory.csv", repository: "conflict-investigations/nzz-maps",
      commit: "bc88c4e9a53515b5e6d68cf566a8a66e666b7714", path: "territory.csv", byteCount: 49905,
      sha256: "c41735c2562cd31341f960ad77f30ff9f2659754f51fdb08c3b4c2c323f21197",
      licence: .noneStated(credit: "liveuamap"), units: ["area": "km²"]),
    PublicDataset(
      "deepstate/archive-2024-01-01.geojson", repository: "DanielRose2310/deepstatemaps-history",
      commit: "df633a1700680411949934a4345f1af263327377", path: "geojsons/1704145957.geojson", byteCount: 541474,
      sha256: "4f365429168425f57dfa69339391593cbfdce1cc5d889c55616945e9fcf110ae",
      licence: .noneStated(credit: nil)),
    PublicDataset(
      "deepstate/archive-2025-06-04.geojson", repository: "DanielRose2310/deepstatemaps-history",
      commit: "df633a1700680411949934a4345f1af263327377", path: "geojsons/1749066297.geojson", byteCount: 626159,
      sha256: "9c81ef977cc91e76c4efe2262cc6d191cba4a8f7c527c1f7410953ad96cb0ff4",
      licence: .noneStated(credit: nil)),
    PublicDataset(
      "deepstate/deepstatemap_data_20240708.geojson", repository: "cyterat/deepstate-map-data",
      commit: "e904719a6726c7e6b5d6e87a7701e1b77b18e554", path: "data/deepstatemap_data_20240708.geojson",
      byteCount: 78867,
      sha256: "73acabcb2bf774d647974f2818b80573d36bec170b23afd2f10618d598db4f3a",
      licence: .gpl3),
    PublicDataset(
      "deepstate/deepstatemap_data_20250605.geojson", repository: "cyterat/deepstate-map-data",
      commit: "e904719a6726c7e6b5d6e87a7701e1b77b18e554", path: "data/deepstatemap_data_20250605.geojson",
      byteCount: 80174,
      sha256: "b568209bea0b3eb933014bafb8f96ffd7c74f8592b0dd968a7df12ac9c701952",
      licence: .gpl3),
    PublicDataset(
      "deepstate/deepstatemap_data_20260101.geojson", repository: "cyterat/deepstate-map-data",
      commit: "e904719a6726c7e6b5d6e87a7701e1b77b18e554", path: "data/deepstatemap_data_20260101.geojson",
      byteCount: 75608,
      sha256: "92fe1eb48d95ff51fc25c06e7e03fd04ff0fe99ea7d62eabb6ac8872b7eac623",
      licence: .gpl3),
  ])
}
