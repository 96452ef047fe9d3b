import AttritionCore
import AttritionFuzzing
import Foundation

/// Runs a fuzz target under libFuzzer, or replays saved inputs through it.
///
/// Built with `-sanitize=fuzzer` (`make fuzz`), `main.swift` hands the command line after the
/// target's name to `LLVMFuzzerRunDriver`, which calls ``fuzzOneInput(_:_:)`` for each input.
/// Built plainly, `main.swift` replays files.
enum FuzzDriver {
  /// The target being fuzzed; set once by `main.swift` before the fuzzer starts.
  nonisolated(unsafe) static var selected = FuzzTarget.parser

  /// Runs one input on a thread with the interpreter's large stack, as the executable runs scripts.
  static func run(_ target: FuzzTarget, _ bytes: [UInt8]) {
    LargeStack.run { target.run(bytes) }
  }

  /// Runs each input file through the target; 1 when a file cannot be read.
  static func replay(_ target: FuzzTarget, paths: [String]) -> Int32 {
    for path in paths {
      guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("attrition-fuzz: cannot read '\(path)'\n".utf8))
        return 1
      }
      run(target, [UInt8](data))
      print("ok \(path)")
    }
    return 0
  }
}

#if ATTRITION_FUZZING
  extension FuzzDriver {
    /// Runs libFuzzer on a target with `arguments`: the program name, then libFuzzer's options and
    /// corpus folders.
    static func fuzz(_ target: FuzzTarget, arguments: [String]) -> Int32 {
      selected = target
      // The whole fuzzing loop runs on one large-stack thread, so inputs need no thread each.
      return LargeStack.run {
        var argc = Int32(arguments.count)
        var pointers: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        return pointers.withUnsafeMutableBufferPointer { buffer -> Int32 in
          var argv = buffer.baseAddress
          return llvmFuzzerRunDriver(&argc, &argv, fuzzOneInput)
        }
      }
    }
  }

  /// libFuzzer's entry point for programs that have their own `main`.
  @_silgen_name("LLVMFuzzerRunDriver")
  func llvmFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
  ) -> Int32

  /// libFuzzer's callback: one input for the selected target. Exported under libFuzzer's name too,
  /// which its own (unused) `main` refers to.
  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzDriver.selected.run(bytes)
    return 0
  }
#endif
