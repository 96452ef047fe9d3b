import Foundation

/// The angle and summation helpers of GeographicLib's `Math` class (Karney, MIT licence), which
/// keep the geodesic computations accurate to round-off: angles are reduced in degrees before
/// converting to radians, and sums are error-free where cancellation would otherwise lose digits.
enum GeodesicMath {
  /// x².
  static func sq(_ x: Double) -> Double { x * x }

  /// The two-vector (x, y) scaled to unit length.
  static func norm(_ x: Double, _ y: Double) -> (Double, Double) {
    let r = hypot(x, y)
    return (x / r, y / r)
  }

  /// The error-free transformation of a sum: u + v = s + t exactly, with s = round(u + v).
  static func sum(_ u: Double, _ v: Double) -> (s: Double, t: Double) {
    let s = u + v
    var up = s - v
    var vpp = s - up
    up -= u
    vpp -= v
    let t = s == 0 ? s : 0.0 - (up + vpp)
    return (s, t)
  }

  /// The polynomial of degree `degree` whose coefficients start at `p[start]` (highest first), at x.
  static func polyval(_ degree: Int, _ p: [Double], _ start: Int, _ x: Double) -> Double {
    guard degree >= 0 else { return 0 }
    var y = p[start]
    var index = start
    for _ in 0..<degree {
      index += 1
      y = y * x + p[index]
    }
    return y
  }

  /// An angle rounded so that tiny values underflow to zero, avoiding near-singular cases.
  static func angRound(_ x: Double) -> Double {
    let z = 1.0 / 16
    var y = abs(x)
    // z - (z - y) must not be simplified to y: it is what rounds y.
    if y < z { y = z - (z - y) }
    return x.sign == .minus ? -y : y
  }

  /// An angle reduced to [-180°, 180°].
  static func angNormalize(_ x: Double) -> Double {
    guard x.isFinite else { return .nan }
    let y = x.remainder(dividingBy: 360)
    return abs(y) == 180 ? (x.sign == .minus ? -180 : 180) : y
  }

  /// NaN for a latitude outside [-90°, 90°].
  static func latFix(_ x: Double) -> Double {
    abs(x) > 90 ? .nan : x
  }

  /// y − x reduced to [-180°, 180°] accurately, as a sum d + t.
  static func angDiff(_ x: Double, _ y: Double) -> (d: Double, t: Double) {
    var (d, t) = sum((-x).remainder(dividingBy: 360), y.remainder(dividingBy: 360))
    (d, t) = sum(d.remainder(dividingBy: 360), t)
    if d == 0 || abs(d) == 180 {
      let reference = t == 0 ? y - x : -t
      d = reference.sign == .minus ? -abs(d) : abs(d)
    }
    return (d, t)
  }

  /// The sine and cosine of an angle in degrees, exact at multiples of 90°.
  static func sincosd(_ x: Double) -> (sin: Double, cos: Double) {
    guard x.isFinite else { return (.nan, .nan) }
    var r = x.truncatingRemainder(dividingBy: 360)
    let q = Int((r / 90).rounded())
    r -= 90 * Double(q)
    return quadrant(r * .pi / 180, q, sign: x)
  }

  /// The sine and cosine of x + t in degrees, for x in [-180°, 180°] and a small correction t.
  static func sincosde(_ x: Double, _ t: Double) -> (sin: Double, cos: Double) {
    let q = x.isFinite ? Int((x / 90).rounded()) : 0
    let r = x - 90 * Double(q)
    return quadrant(angRound(r + t) * .pi / 180, q, sign: x)
  }

  private static func quadrant(_ radians: Double, _ q: Int, sign x: Double) -> (sin: Double, cos: Double) {
    var s = sin(radians)
    var c = cos(radians)
    switch ((q % 4) + 4) % 4 {
    case 1: (s, c) = (c, -s)
    case 2: (s, c) = (-s, -c)
    case 3: (s, c) = (-c, s)
    default: break
    }
    c += 0.0
    if s == 0 { s = x.sign == .minus ? -0.0 : 0.0 }
    return (s, c)
  }
}
