public import AttritionSDK

/// A name with the span it was written at.
public struct Name: Sendable {
  /// The name.
  public var text: String
  /// Where.
  public var range: SourceRange

  /// Creates a name.
  public init(_ text: String, _ range: SourceRange) {
    self.text = text
    self.range = range
  }
}
