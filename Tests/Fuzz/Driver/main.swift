import AttritionFuzzing
import Foundation

// `attrition-fuzz TARGET [libFuzzer options] [CORPUS…]`. Built by `make fuzz` with
// `-sanitize=fuzzer,address -DATTRITION_FUZZING`, it runs libFuzzer on the target; built plainly
// (as `swift build` does), `attrition-fuzz TARGET INPUT…` replays saved inputs through the target,
// which is how a crash is reproduced without the sanitizers.

let arguments = CommandLine.arguments
guard arguments.count >= 2, let target = FuzzTarget(rawValue: arguments[1]) else {
  let targets = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
  FileHandle.standardError.write(Data("usage: attrition-fuzz \(targets) [options] INPUT…\n".utf8))
  exit(2)
}
#if ATTRITION_FUZZING
  exit(FuzzDriver.fuzz(target, arguments: [arguments[0]] + arguments.dropFirst(2)))
#else
  exit(FuzzDriver.replay(target, paths: Array(arguments.dropFirst(2))))
#endif
