/// The licence a public dataset is published under, as its repository states it.
public enum PublicDatasetLicence: Hashable, Sendable, CustomStringConvertible {
  /// The MIT licence.
  case mit
  /// Creative Commons Attribution 4.0.
  case ccBy4
  /// The GNU General Public License, version 3.
  case gpl3
  /// The repository states no licence; `credit` names whom to credit when the publisher asks for it.
  case noneStated(credit: String?)

  /// The licence as `data list` shows it: `MIT`, `CC BY 4.0`, `none stated; credit liveuamap`.
  public var description: String {
    switch self {
    case .mit: "MIT"
    case .ccBy4: "CC BY 4.0"
    case .gpl3: "GPL-3.0"
    case .noneStated(let credit): "none stated" + (credit.map { "; credit \($0)" } ?? "")
    }
  }
}
