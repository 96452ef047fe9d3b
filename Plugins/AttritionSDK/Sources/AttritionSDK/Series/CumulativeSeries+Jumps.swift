extension CumulativeSeries {
  /// The threshold a jump has by default: 1,000 km² for a series of areas (``JumpRule``), else 10
  /// times the 99th percentile of the series' own changes between held days, so that ordinary
  /// busy days never count; nil when the series has fewer than 100 changes (too few to tell an
  /// ordinary day from an outlier) or never changes.
  public var defaultJumpThreshold: Double? {
    if unit.dimension == Dimension.length.power(2),
      let factor = Unit(.kilometre, exponent: 2).conversionFactor(to: unit)
    {
      return JumpRule.defaultAreaThreshold * factor
    }
    guard points.count > 100 else { return nil }
    var changes = points.indices.dropFirst().map { Swift.abs(points[$0].value - points[$0 - 1].value) }
    changes.sort()
    let percentile = changes[(changes.count - 1) * 99 / 100]
    return percentile > 0 ? 10 * percentile : nil
  }

  /// The threshold a rule resolves to for this series: its own, else the series' default.
  public func jumpThreshold(_ rule: JumpRule) -> Double? {
    rule.threshold ?? defaultJumpThreshold
  }

  /// The steps and spikes of the series under a rule, in order of day.
  ///
  /// A change between two held days whose size is at least the threshold is a jump. When a later
  /// held total within `revertDays` days of the jump lies within half of the jump of the total
  /// before it, the jump is a spike and the totals in between are out of line; the change that
  /// reverts it belongs to the spike. Otherwise it is a step.
  public func jumps(_ rule: JumpRule = JumpRule()) -> [SeriesJump] {
    guard let threshold = jumpThreshold(rule), threshold > 0 else { return [] }
    var result: [SeriesJump] = []
    var index = 1
    while index < points.count {
      let before = points[index - 1]
      let change = points[index].value - before.value
      guard Swift.abs(change) >= threshold, Swift.abs(change).isFinite else {
        index += 1
        continue
      }
      let day = points[index].day
      let days = day.ordinal - before.day.ordinal
      var back = index + 1
      while back < points.count, points[back].day.ordinal - day.ordinal <= rule.revertDays,
        Swift.abs(points[back].value - before.value) > Swift.abs(change) / 2
      {
        back += 1
      }
      if back < points.count, points[back].day.ordinal - day.ordinal <= rule.revertDays {
        result.append(
          SeriesJump(
            kind: .spike, day: day, change: change, days: days, revertedOn: points[back].day, increments: index...back,
            outOfLine: index..<back))
        index = back + 1
      } else {
        result.append(
          SeriesJump(
            kind: .step, day: day, change: change, days: days, revertedOn: nil, increments: index...index,
            outOfLine: index..<index))
        index += 1
      }
    }
    return result
  }

  /// A warning naming jumps with their days and sizes, e.g. for a function whose result spans
  /// them; nil when there are none.
  ///
  /// - Parameters:
  ///   - jumps: the jumps to name (the eight largest are listed, the others counted).
  ///   - threshold: the threshold they were found with, in the series' unit.
  ///   - revertDays: the rule's days, named for steps.
  ///   - place: where the jumps are, e.g. "inside 2024-01-01..2025-06-04" (or empty).
  ///   - effect: what they do to the result, e.g. "a total across a step is meaningless" (or empty).
  public func describe(
    jumps: [SeriesJump], threshold: Double, revertDays: Int, place: String = "", effect: String = ""
  ) -> String? {
    guard !jumps.isEmpty else { return nil }
    let limit = 8
    // The largest jumps matter most; they are listed in order of day.
    let shown = jumps.sorted { Swift.abs($0.change) > Swift.abs($1.change) }.prefix(limit).sorted { $0.day < $1.day }
    var parts: [String] = []
    let steps = shown.filter { $0.kind == .step }.map { jump in
      SeriesJump.signed(jump.change) + unitSuffix + " on \(jump.day)"
        + (jump.days == 1 ? "" : " over \(jump.days) days")
    }
    if !steps.isEmpty {
      let noun = steps.count == 1 ? "a step" : "steps"
      parts.append("\(noun) (not reverted within \(revertDays) days) of \(steps.joined(separator: ", "))")
    }
    for jump in shown where jump.kind == .spike {
      var text = "a spike of \(SeriesJump.signed(jump.change))\(unitSuffix) on \(jump.day)"
      if let back = jump.revertedOn {
        let lastOut = back.adding(days: -1)
        let span = lastOut == jump.day ? "\(jump.day) is" : "\(jump.day)..\(lastOut) are"
        text += ", back on \(back) (the totals of \(span) out of line)"
      }
      parts.append(text)
    }
    if jumps.count > limit { parts.append("\(jumps.count - limit) more") }
    let noun = jumps.count == 1 ? "a change" : "\(jumps.count) changes"
    let location = place.isEmpty ? "" : " " + place
    let consequence = effect.isEmpty ? "" : "; " + effect
    return "'\(name)' has \(noun) of at least \(SeriesJump.figure(threshold))\(unitSuffix) from one day to the next"
      + "\(location): \(parts.joined(separator: "; "))\(consequence)"
  }

  /// The unit as it follows a figure in a message: ` km²`, or nothing for a plain count.
  private var unitSuffix: String {
    unit.isNone ? "" : " \(unit)"
  }
}

extension SeriesJump {
  /// A figure as jump messages write it: whole numbers with thousands separators, others to 4
  /// significant digits.
  public static func figure(_ value: Double) -> String {
    let magnitude = Swift.abs(value)
    guard magnitude >= 100, magnitude < 1e15 else { return ModuleError.figure(value) }
    var digits = String(Int64(magnitude.rounded()))
    var grouped = ""
    while digits.count > 3 {
      grouped = "," + digits.suffix(3) + grouped
      digits.removeLast(3)
    }
    return (value < 0 ? "-" : "") + digits + grouped
  }

  /// A figure with an explicit sign: `+643,829`, `−16,619`.
  public static func signed(_ value: Double) -> String {
    (value < 0 ? "−" : "+") + figure(Swift.abs(value))
  }
}
