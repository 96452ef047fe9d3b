import AttritionSDK

extension Estimate {
  /// The figure's bounds as a message shows them: `60000..100000`, `up to 250000`, `about 950000`.
  var rangeText: String {
    let plain = { (number: Double) in
      number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : "\(number)"
    }
    switch (low, high) {
    case (let low?, let high?) where low == high: return plain(low)
    case (let low?, let high?): return plain(low) + ".." + plain(high)
    case (let low?, nil): return "at least " + plain(low)
    case (nil, let high?): return "up to " + plain(high)
    case (nil, nil): return "about " + plain(value) + ", bounds unknown"
    }
  }
}
