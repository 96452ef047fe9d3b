import AttritionData
import AttritionLanguage
import AttritionSDK

extension Session {
  /// The functions the session adds to the language.
  var hostFunctions: [String: FunctionDescriptor] {
    [
      "load": FunctionDescriptor(
        name: "load", summary: "Reads a table from a CSV, TSV or JSON-records file.",
        discussion: "A relative path resolves against the running script's folder (the working directory in the REPL).",
        parameters: [ParameterDescriptor("path", .string, "a .csv, .tsv or .json file")], returns: "table"
      ) { [unowned self] arguments in
        let path = try arguments.string(0)
        return .table(try TableLoader.load(path: self.resolve(path)))
      }
    ]
  }
}
