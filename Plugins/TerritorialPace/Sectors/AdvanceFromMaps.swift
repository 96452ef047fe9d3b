import AttritionSDK

/// One call of `territory.advance_from_maps`: the maps, the sector's boxes, and the rate for every
/// choice of extent, border tolerance and width.
struct AdvanceFromMaps {
  /// The tolerances within which a boundary edge counts as the state border, in metres; the
  /// middle one is central.
  static let tolerances = [100.0, 200.0, 400.0]
  /// Maps further apart than this many days give a warning: the mean over them is not a pace.
  static let farApart = 90

  /// One choice and what it gives.
  struct Choice {
    let margin: Double?
    let tolerance: Double
    let width: String
    let gain: Double
    let frontBefore: Double
    let frontAfter: Double
    let borderAfter: Double
    let widthKilometres: Double
    let days: Int

    var depth: Double { gain / widthKilometres }
    var rate: Double { depth * 1_000 / Double(days) }
  }

  let arguments: FunctionArguments
  let before: MapLayers
  let after: MapLayers
  let sector: Sector?
  let boxes: [SectorBox]
  let from: Day
  let to: Day
  let since: Day?

  init(_ arguments: FunctionArguments) throws {
    self.arguments = arguments
    before = MapLayers(try MapTable(arguments, 0))
    after = MapLayers(try MapTable(arguments, 1))
    guard before.hasOtherAreas || after.hasOtherAreas else {
      throw ModuleError(
        "no_border_reference",
        "'\(arguments.functionName)': neither map draws the areas around the occupied one, so the state border "
          + "cannot be told from the front line",
        notes: ["give at least one raw DeepStateMap export, such as deepstate/archive-2024-01-01.geojson"])
    }
    switch try arguments.value(2) {
    case .string(let name):
      let named = try Sector.named(name, arguments)
      sector = named
      boxes = named.boxes
    case .list(let values):
      sector = nil
      boxes = [try Sector.box(values, arguments, 2)]
    case let other:
      throw arguments.wrongType(2, expected: "a sector's name or a box [west, south, east, north]", found: other)
    }
    from = try Self.day(arguments, 3, before, "before")
    to = try Self.day(arguments, 4, after, "after")
    guard to > from else {
      throw arguments.invalid(4, "the after map's day (\(to)) must come after the before map's (\(from))")
    }
    since = try arguments.given(5).map { _ in try arguments.day(5) }
    if let since, since < from || since >= to {
      throw arguments.invalid(5, "count from a day between the maps' days, \(from) and \(to)")
    }
  }

  /// The rate as a range, or the table of choices with `details: true`.
  func result() throws -> Value {
    let choices = try self.choices(since: since)
    guard let central = Self.central(choices, margins: boxes.count) else {
      throw ModuleError(
        "no_front_line",
        "'\(arguments.functionName)': neither map has a front line inside \(sector.map { "'\($0.name)'" } ?? "the box")",
        notes: ["the occupied area does not reach into the sector on either day"])
    }
    warn(central)
    if try arguments.given(6).map({ _ in try arguments.bool(6) }) ?? false { return .table(try table(choices)) }
    let rates = choices.map(\.rate)
    return .estimate(
      Estimate(
        value: central.rate, low: rates.min(), high: rates.max(), unit: .metresPerDay, provenance: provenance))
  }

  /// Every choice of margin, tolerance and width, counting days from `since` or the before map.
  func choices(since: Day?) throws -> [Choice] {
    guard let widest = boxes.last else { return [] }
    let reach = Self.tolerances.max() ?? 0
    let frontAfter = FrontLine(after, against: before, inside: widest, reach: reach)
    let frontBefore = FrontLine(before, against: after, inside: widest, reach: reach)
    let days = (since ?? from).ordinal.distance(to: to.ordinal)
    var choices: [Choice] = []
    for (index, box) in boxes.enumerated() {
      if arguments.context?.isCancelled ?? false { throw ModuleError("cancelled", "cancelled") }
      let gain = after.occupied.area(inside: box) - before.occupied.area(inside: box)
      for tolerance in Self.tolerances {
        let (newFront, newBorder) = frontAfter.lengths(inside: box, tolerance: tolerance)
        let (oldFront, oldBorder) = frontBefore.lengths(inside: box, tolerance: tolerance)
        let start = oldFront + Swift.max(0, newBorder - oldBorder)
        var widths = [("after", newFront)]
        if start > 0 { widths += [("mean", (newFront + start) / 2), ("start", start)] }
        for (name, width) in widths where width > 0 {
          choices.append(
            Choice(
              margin: sector == nil ? nil : Sector.margins[index], tolerance: tolerance, width: name, gain: gain,
              frontBefore: oldFront, frontAfter: newFront, borderAfter: newBorder, widthKilometres: width,
              days: days))
        }
      }
    }
    return choices
  }

  /// The central choice: the middle margin, the middle tolerance, the mean width (else the new front).
  static func central(_ choices: [Choice], margins: Int) -> Choice? {
    let margin = margins > 1 ? Sector.margins[1] : nil
    let middle = choices.filter { $0.margin == margin && $0.tolerance == tolerances[1] }
    return middle.first { $0.width == "mean" } ?? middle.first { $0.width == "after" }
  }

  /// The sources: both maps' and the sector's.
  var provenance: Provenance {
    before.provenance.union(after.provenance).union(sector?.provenance ?? .none)
  }

  private func warn(_ central: Choice) {
    guard let context = arguments.context else { return }
    let name = sector.map { "'\($0.name)'" } ?? "the box"
    let span = from.ordinal.distance(to: to.ordinal)
    let first = since ?? from
    let counted = first.ordinal.distance(to: to.ordinal)
    if since == nil, let start = sector?.offensiveStart, start > from, start < to,
      let offensive = try? Self.central(choices(since: start), margins: boxes.count)
    {
      context.warn(
        "\(name): the maps are \(span) days apart (\(from) to \(to)) and the offensive began on \(start), "
          + "\(from.ordinal.distance(to: start.ordinal)) days after the first map; counted from it the central rate is "
          + "\(TerritoryFormat.number(offensive.rate)) m/day (since: \(start)); the maps cannot tell when inside "
          + "these days the ground was taken")
    } else if counted > Self.farApart {
      context.warn(
        "\(name): the rate counts \(counted) days (\(first) to \(to)): it is the mean over all of them, "
          + "not the pace of the fighting, which moves in weeks and stands still for months; maps closer together "
          + "measure it")
    }
    if central.gain <= 0 {
      context.warn("\(name): the occupied area inside the sector did not grow between the maps")
    }
  }

  private func table(_ choices: [Choice]) throws -> Table {
    let source = provenance
    func numbers(_ name: String, _ values: [Double?], _ unit: Unit = .none) -> Column {
      Column(name: name, data: .number(values, unit: unit), provenance: source)
    }
    let kilometres = Unit(.kilometre)
    return try Table(
      columns: [
        numbers("margin_km", choices.map(\.margin), kilometres),
        numbers("tolerance_m", choices.map(\.tolerance), .metres),
        Column(name: "width", data: .string(StringColumn(choices.map(\.width))), provenance: source),
        numbers("gain", choices.map(\.gain), .squareKilometres),
        numbers("front_before", choices.map(\.frontBefore), kilometres),
        numbers("front_after", choices.map(\.frontAfter), kilometres),
        numbers("border_after", choices.map(\.borderAfter), kilometres),
        numbers("width_km", choices.map(\.widthKilometres), kilometres),
        numbers("depth", choices.map(\.depth), kilometres),
        numbers("days", choices.map { Double($0.days) }, .days),
        numbers("rate", choices.map(\.rate), .metresPerDay),
      ], provenance: source, summary: "advance from maps, every choice")
  }

  /// A map's day: the argument, else the day of its file name.
  private static func day(_ arguments: FunctionArguments, _ index: Int, _ map: MapLayers, _ which: String) throws
    -> Day
  {
    if arguments.given(index) != nil { return try arguments.day(index) }
    guard let day = map.day else {
      throw arguments.invalid(
        index, "the \(which) map's day is not in its name (\(map.name)); give it as \(arguments.parameterNames[index]):"
      )
    }
    return day
  }
}
