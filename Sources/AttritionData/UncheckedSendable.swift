/// A value handed to the jobs of one block; each job reads it and writes only its own slot.
struct UncheckedSendable<Value>: @unchecked Sendable {
  let value: Value

  init(_ value: Value) {
    self.value = value
  }
}
