import Foundation

extension Geodesic {
  /// Σ c[i] sin(2ix) for i ≥ 1 when `sine`, else Σ c[i] cos((2i+1)x) for i ≥ 0, by Clenshaw summation.
  static func sinCosSeries(_ sine: Bool, _ sinx: Double, _ cosx: Double, _ c: [Double]) -> Double {
    var k = c.count
    var n = k - (sine ? 1 : 0)
    let ar = 2 * (cosx - sinx) * (cosx + sinx)
    var y0 = 0.0
    var y1 = 0.0
    if n & 1 != 0 {
      k -= 1
      y0 = c[k]
    }
    n /= 2
    while n > 0 {
      n -= 1
      k -= 1
      y1 = ar * y0 - y1 + c[k]
      k -= 1
      y0 = ar * y1 - y0 + c[k]
    }
    return sine ? 2 * sinx * cosx * y0 : cosx * (y0 - y1)
  }

  /// The positive root k of k⁴ + 2k³ − (x² + y² − 1)k² − 2y²k − y² = 0, for the starting guess of
  /// nearly antipodal points.
  static func astroid(_ x: Double, _ y: Double) -> Double {
    let p = GeodesicMath.sq(x)
    let q = GeodesicMath.sq(y)
    let r = (p + q - 1) / 6
    guard !(q == 0 && r <= 0) else { return 0 }
    let s = p * q / 4
    let r2 = GeodesicMath.sq(r)
    let r3 = r * r2
    let disc = s * (s + 2 * r3)
    var u = r
    if disc >= 0 {
      var t3 = s + r3
      t3 += t3 < 0 ? -disc.squareRoot() : disc.squareRoot()
      let t = cbrt(t3)
      u += t + (t != 0 ? r2 / t : 0)
    } else {
      let angle = atan2((-disc).squareRoot(), -(s + r3))
      u += 2 * r * cos(angle / 3)
    }
    let v = (GeodesicMath.sq(u) + q).squareRoot()
    let uv = u < 0 ? q / (v - u) : u + v
    let w = (uv - q) / (2 * v)
    return uv / ((uv + GeodesicMath.sq(w)).squareRoot() + w)
  }

  /// A1 − 1 at eps.
  static func a1m1f(_ eps: Double) -> Double {
    let coefficients: [Double] = [1, 4, 64, 0, 256]
    let m = order / 2
    let t = GeodesicMath.polyval(m, coefficients, 0, GeodesicMath.sq(eps)) / coefficients[m + 1]
    return (t + eps) / (1 - eps)
  }

  /// C1[1...6] at eps (index 0 unused).
  static func c1f(_ eps: Double) -> [Double] {
    let coefficients: [Double] = [
      -1, 6, -16, 32, -9, 64, -128, 2048, 9, -16, 768, 3, -5, 512, -7, 1280, -7, 2048,
    ]
    return evenSeries(eps, coefficients)
  }

  /// A2 − 1 at eps.
  static func a2m1f(_ eps: Double) -> Double {
    let coefficients: [Double] = [-11, -28, -192, 0, 256]
    let m = order / 2
    let t = GeodesicMath.polyval(m, coefficients, 0, GeodesicMath.sq(eps)) / coefficients[m + 1]
    return (t - eps) / (1 + eps)
  }

  /// C2[1...6] at eps (index 0 unused).
  static func c2f(_ eps: Double) -> [Double] {
    let coefficients: [Double] = [
      1, 2, 16, 32, 35, 64, 384, 2048, 15, 80, 768, 7, 35, 512, 63, 1280, 77, 2048,
    ]
    return evenSeries(eps, coefficients)
  }

  /// The coefficients c[l] = eps^l · P_l(eps²) shared by C1 and C2.
  private static func evenSeries(_ eps: Double, _ coefficients: [Double]) -> [Double] {
    var c = [Double](repeating: 0, count: order + 1)
    let eps2 = GeodesicMath.sq(eps)
    var d = eps
    var offset = 0
    for l in 1...order {
      let m = (order - l) / 2
      c[l] = d * GeodesicMath.polyval(m, coefficients, offset, eps2) / coefficients[offset + m + 1]
      offset += m + 2
      d *= eps
    }
    return c
  }
}
