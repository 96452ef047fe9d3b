import Foundation

/// Geodesics on an ellipsoid of revolution, for areas: the inverse problem between two points and
/// the area between each geodesic edge and the equator.
///
/// A port of the parts of GeographicLib's `Geodesic` class (C. F. F. Karney, MIT licence; version
/// 2.1 of the Python transcription was the reference) that polygon areas need, after Karney,
/// "Algorithms for geodesics", J. Geodesy 87:43–55 (2013), doi:10.1007/s00190-012-0578-z. The
/// series are of 6th order in the flattening, which makes the results accurate to round-off for
/// the Earth's ellipsoid (a few nanometres in distance, under a square millimetre per edge in area).
struct Geodesic: Sendable {
  /// The WGS84 ellipsoid: a = 6,378,137 m, f = 1/298.257223563.
  static let wgs84 = Geodesic(equatorialRadius: 6_378_137, flattening: 1 / 298.257_223_563)

  static let order = 6
  static let nC3x = (order * (order - 1)) / 2
  static let nC4x = (order * (order + 1)) / 2
  static let maxit1 = 20
  static let maxit2 = maxit1 + Double.significandBitCount + 1 + 10
  static let tiny = Double.leastNormalMagnitude.squareRoot()
  static let tol0 = Double.ulpOfOne
  static let tol1 = 200 * tol0
  static let tol2 = tol0.squareRoot()
  static let tolb = tol0
  static let xthresh = 1000 * tol2

  /// The equatorial radius in metres.
  let a: Double
  /// The flattening.
  let f: Double
  let f1: Double
  let e2: Double
  let ep2: Double
  let n: Double
  let b: Double
  /// The square of the authalic radius: the ellipsoid's area is 4πc².
  let c2: Double
  let etol2: Double
  let a3x: [Double]
  let c3x: [Double]
  let c4x: [Double]

  /// An ellipsoid with equatorial radius `a` (metres) and flattening `f` (oblate, 0 < f < 1).
  init(equatorialRadius a: Double, flattening f: Double) {
    self.a = a
    self.f = f
    f1 = 1 - f
    e2 = f * (2 - f)
    ep2 = e2 / GeodesicMath.sq(f1)
    n = f / (2 - f)
    b = a * f1
    let e = e2.squareRoot()
    c2 = (GeodesicMath.sq(a) + GeodesicMath.sq(b) * (e2 == 0 ? 1 : atanh(e) / e)) / 2
    etol2 = 0.1 * Geodesic.tol2 / (max(0.001, abs(f)) * min(1.0, 1 - f / 2) / 2).squareRoot()
    a3x = Geodesic.a3Coefficients(n)
    c3x = Geodesic.c3Coefficients(n)
    c4x = Geodesic.c4Coefficients(n)
  }

  /// The total area of the ellipsoid in square metres.
  var totalArea: Double { 4 * .pi * c2 }

  /// A3 at eps.
  func a3f(_ eps: Double) -> Double {
    GeodesicMath.polyval(Geodesic.order - 1, a3x, 0, eps)
  }

  /// C3[1...5] at eps (index 0 unused).
  func c3f(_ eps: Double) -> [Double] {
    var c = [Double](repeating: 0, count: Geodesic.order)
    var mult = 1.0
    var offset = 0
    for l in 1..<Geodesic.order {
      let m = Geodesic.order - l - 1
      mult *= eps
      c[l] = mult * GeodesicMath.polyval(m, c3x, offset, eps)
      offset += m + 1
    }
    return c
  }

  /// C4[0...5] at eps.
  func c4f(_ eps: Double) -> [Double] {
    var c = [Double](repeating: 0, count: Geodesic.order)
    var mult = 1.0
    var offset = 0
    for l in 0..<Geodesic.order {
      let m = Geodesic.order - l - 1
      c[l] = mult * GeodesicMath.polyval(m, c4x, offset, eps)
      offset += m + 1
      mult *= eps
    }
    return c
  }

  private static func a3Coefficients(_ n: Double) -> [Double] {
    let coefficients: [Double] = [-3, 128, -2, -3, 64, -1, -3, -1, 16, 3, -1, -2, 8, 1, -1, 2, 1, 1]
    var result: [Double] = []
    var offset = 0
    for j in stride(from: order - 1, through: 0, by: -1) {
      let m = min(order - j - 1, j)
      result.append(GeodesicMath.polyval(m, coefficients, offset, n) / coefficients[offset + m + 1])
      offset += m + 2
    }
    return result
  }

  private static func c3Coefficients(_ n: Double) -> [Double] {
    let coefficients: [Double] = [
      3, 128, 2, 5, 128, -1, 3, 3, 64, -1, 0, 1, 8, -1, 1, 4, 5, 256, 1, 3, 128, -3, -2, 3, 64, 1, -3, 2, 32, 7, 512,
      -10, 9, 384, 5, -9, 5, 192, 7, 512, -14, 7, 512, 21, 2560,
    ]
    var result: [Double] = []
    var offset = 0
    for l in 1..<order {
      for j in stride(from: order - 1, through: l, by: -1) {
        let m = min(order - j - 1, j)
        result.append(GeodesicMath.polyval(m, coefficients, offset, n) / coefficients[offset + m + 1])
        offset += m + 2
      }
    }
    return result
  }

  private static func c4Coefficients(_ n: Double) -> [Double] {
    let coefficients: [Double] = [
      97, 15015, 1088, 156, 45045, -224, -4784, 1573, 45045, -10656, 14144, -4576, -858, 45045, 64, 624, -4576,
      6864, -3003, 15015, 100, 208, 572, 3432, -12012, 30030, 45045, 1, 9009, -2944, 468, 135_135, 5792, 1040,
      -1287, 135_135, 5952, -11648, 9152, -2574, 135_135, -64, -624, 4576, -6864, 3003, 135_135, 8, 10725, 1856,
      -936, 225_225, -8448, 4992, -1144, 225_225, -1440, 4160, -4576, 1716, 225_225, -136, 63063, 1024, -208,
      105_105, 3584, -3328, 1144, 315_315, -128, 135_135, -2560, 832, 405_405, 128, 99099,
    ]
    var result: [Double] = []
    var offset = 0
    for l in 0..<order {
      for j in stride(from: order - 1, through: l, by: -1) {
        let m = order - j - 1
        result.append(GeodesicMath.polyval(m, coefficients, offset, n) / coefficients[offset + m + 1])
        offset += m + 2
      }
    }
    return result
  }
}
