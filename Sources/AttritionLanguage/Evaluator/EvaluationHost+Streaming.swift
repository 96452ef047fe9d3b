public import AttritionSDK

extension EvaluationHost {
  /// By default a host streams nothing: pipelines load their tables whole.
  public func streamTable(
    path: String, columns: Set<String>, restart: () -> Void, each: (Table) throws -> Void
  ) throws -> Bool {
    false
  }
}
