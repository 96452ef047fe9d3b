public import AttritionSDK

/// Why a public dataset could not be found by name; an error of the `data` phase.
public enum PublicDatasetError: DiagnosticConvertible, Equatable, Sendable {
  /// No public dataset or group has this name; `suggestion` is the closest one.
  case unknownDataset(String, suggestion: String?)
  /// The dataset is known but no directory of the data path holds it.
  case notPulled(PublicDataset, searched: [String])
  /// The dataset is derived (``PublicDataset/derivation``): there is no single file to download.
  case notPullable(PublicDataset)

  /// The diagnostic, in the `data` phase.
  public var diagnostic: Diagnostic {
    let (name, message, notes): (String, String, [String]) =
      switch self {
      case .unknownDataset(let dataset, let suggestion):
        (
          "unknown_dataset", "no public dataset '\(dataset)'",
          (suggestion.map { ["did you mean '\($0)'?"] } ?? []) + ["'attrition data list' lists the datasets"]
        )
      case .notPulled(let dataset, let searched) where !dataset.isPullable:
        (
          "not_pulled", "dataset '\(dataset.name)' is not on the data path",
          [
            "searched: " + (searched.isEmpty ? "no directories" : searched.joined(separator: ", ")),
            "it is \(dataset.derivation ?? "a derived file"), which cannot be pulled: add a directory holding "
              + "'\(dataset.name)' with --data-dir or ATTRITION_DATA",
          ]
        )
      case .notPulled(let dataset, let searched):
        (
          "not_pulled", "dataset '\(dataset.name)' is not on the data path",
          [
            "searched: " + (searched.isEmpty ? "no directories" : searched.joined(separator: ", ")),
            "fix: run 'attrition data pull \(dataset.group)', or add a directory holding "
              + "'\(dataset.name)' with --data-dir or ATTRITION_DATA",
          ]
        )
      case .notPullable(let dataset):
        (
          "not_pullable", "dataset '\(dataset.name)' cannot be pulled",
          [
            "it is \(dataset.derivation ?? "a derived file"): no repository holds it as one file",
            "add a directory holding '\(dataset.name)' with --data-dir or ATTRITION_DATA",
          ]
        )
      }
    return Diagnostic(id: DiagnosticID(phase: "data", name: name), message: message, notes: notes)
  }
}
