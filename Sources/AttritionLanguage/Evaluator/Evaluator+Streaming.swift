import AttritionSDK

extension Evaluator {
  /// Runs `load(PATH) | where … | derive … | select … | group … | …` without holding the file:
  /// the host reads it in blocks, only the columns the stages before the group use; each block
  /// goes through those stages and into a running ``GroupAccumulator``; the stages after the group
  /// run on its result. Nil when the pipeline has another shape or the host cannot stream the file.
  func streamedPipeline(_ source: Expression, _ stages: [Stage]) throws(EvaluationError) -> Table? {
    guard let host, case .call(let callee, let arguments) = source.kind, case .identifier("load") = callee.kind,
      scope.lookup("load") == nil, Builtins.all["load"] == nil, !host.datasetNames.contains("load"),
      arguments.count == 1, arguments[0].label == nil,
      let groupIndex = stages.firstIndex(where: { if case .group = $0.kind { true } else { false } }),
      case .group(let aggregates, let keys) = stages[groupIndex].kind
    else { return nil }
    let before = Array(stages[..<groupIndex])
    for stage in before {
      switch stage.kind {
      case .filter, .derive, .select: continue
      default: return nil
      }
    }
    guard case .string(let path) = try evaluate(arguments[0].value) else { return nil }
    let specs = aggregates.map {
      AggregateSpec(function: $0.function, column: $0.column?.text, outputName: $0.outputName)
    }
    var accumulator = GroupAccumulator(keys: keys.map(\.text), aggregates: specs)
    var checked = false
    let groupStage = stages[groupIndex]
    let handled: Bool
    do {
      handled = try host.streamTable(
        path: path, columns: Evaluator.columnsUsed(by: before + [groupStage]),
        restart: { accumulator = GroupAccumulator(keys: keys.map(\.text), aggregates: specs) },
        each: { block in
          var table = block
          if checked {
            for stage in before { table = try self.apply(stage, to: table) }
          } else {
            // An error in the first block (an unknown name, a wrong type) is reported by the whole
            // load instead, whose messages list all the file's columns, not only those read.
            do {
              for stage in before { table = try self.apply(stage, to: table) }
            } catch {
              throw StreamingFallback()
            }
            for name in keys + aggregates.compactMap(\.column) where table.column(named: name.text) == nil {
              throw StreamingFallback()
            }
            checked = true
          }
          // Every block: a column widened to text far into the file makes a later block fail it.
          try Evaluator.checkAggregates(aggregates, on: table)
          try Evaluator.onTable(groupStage.range) { () throws(TableError) in try accumulator.add(table) }
          try self.checkCancellation(at: groupStage.range)
        })
    } catch is StreamingFallback {
      return nil
    } catch let error as EvaluationError {
      throw error
    } catch {
      throw EvaluationError(hostError: error, at: source.range)
    }
    guard handled else { return nil }
    var table = try Evaluator.onTable(groupStage.range) { () throws(TableError) in try accumulator.result() }
    for stage in stages[(groupIndex + 1)...] { table = try apply(stage, to: table) }
    return table
  }

  /// Every name the stages mention: the columns a file must provide for them (names that turn
  /// out to be variables or derived columns are simply not in the file).
  static func columnsUsed(by stages: [Stage]) -> Set<String> {
    var names: Set<String> = []
    for stage in stages {
      switch stage.kind {
      case .filter(let condition): collectNames(condition, into: &names)
      case .derive(let derivations): for derivation in derivations { collectNames(derivation.value, into: &names) }
      case .select(let columns): names.formUnion(columns.map(\.text))
      case .sort(let keys): names.formUnion(keys.map(\.column.text))
      case .group(let aggregates, let keys):
        names.formUnion(keys.map(\.text))
        names.formUnion(aggregates.compactMap(\.column?.text))
      case .limit(let count): collectNames(count, into: &names)
      case .join(let other, let keys, _):
        collectNames(other, into: &names)
        names.formUnion(keys.map(\.text))
      }
    }
    return names
  }

  /// The identifiers in an expression, nested pipelines' stages included.
  static func collectNames(_ expression: Expression, into names: inout Set<String>) {
    switch expression.kind {
    case .number, .string, .day, .bool: break
    case .identifier(let name): names.insert(name)
    case .list(let elements): for element in elements { collectNames(element, into: &names) }
    case .unary(_, let operand), .conversion(let operand, _), .member(let operand, _):
      collectNames(operand, into: &names)
    case .binary(_, let left, let right), .range(let left, let right), .index(let left, let right):
      collectNames(left, into: &names)
      collectNames(right, into: &names)
    case .call(let callee, let arguments):
      collectNames(callee, into: &names)
      for argument in arguments { collectNames(argument.value, into: &names) }
    case .pipeline(let source, let stages):
      collectNames(source, into: &names)
      names.formUnion(columnsUsed(by: stages))
    }
  }
}

/// Abandons streaming so the pipeline runs on the whole table, which reports the error in full.
private struct StreamingFallback: Error {}
