import Foundation

/// Runs work on a thread with a large stack, so deep but legal programs (nested calls up to the
/// evaluator's limits) never overflow the main thread's 8 MiB.
public enum LargeStack {
  /// The stack size of the worker thread.
  public static let size = 512 << 20

  /// Runs `body` on a fresh thread with a ``size``-byte stack and waits for its result.
  public static func run<Result: Sendable>(_ body: @escaping @Sendable () -> Result) -> Result {
    let box = ResultBox<Result>()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
      box.value = body()
      done.signal()
    }
    thread.stackSize = size
    thread.start()
    done.wait()
    guard let value = box.value else { preconditionFailure("the worker thread always stores a result") }
    return value
  }
}

private final class ResultBox<Value>: @unchecked Sendable {
  // Written by the worker before it signals, read by the waiter after: the semaphore orders them.
  var value: Value?
}
