import Foundation

extension Geodesic {
  /// The area S12 between the geodesic from point 1 to point 2 and the equator, in square metres
  /// (positive when the geodesic runs east, counter-clockwise around the area), the quantity a
  /// polygon's area is summed from.
  ///
  /// This is GeographicLib's `GenInverse` with the `AREA` output only: the azimuths are found as
  /// there (Newton's method on the auxiliary sphere, with the astroid start for nearly antipodal
  /// points), then S12 = c² α₁₂ + A4 (B4(σ₂) − B4(σ₁)) (Karney 2013, eqs. 58–61).
  func edgeArea(latitude1: Double, longitude1: Double, latitude2: Double, longitude2: Double) -> Double {
    var (lon12, lon12s) = GeodesicMath.angDiff(longitude1, longitude2)
    var lonsign: Double = lon12.sign == .minus ? -1 : 1
    lon12 *= lonsign
    lon12s *= lonsign
    let lam12 = lon12 * .pi / 180
    let (slam12, clam12) = GeodesicMath.sincosde(lon12, lon12s)
    lon12s = (180 - lon12) - lon12s

    var lat1 = GeodesicMath.angRound(GeodesicMath.latFix(latitude1))
    var lat2 = GeodesicMath.angRound(GeodesicMath.latFix(latitude2))
    let swapp: Double = abs(lat1) < abs(lat2) || lat2.isNaN ? -1 : 1
    if swapp < 0 {
      lonsign *= -1
      swap(&lat1, &lat2)
    }
    let latsign: Double = lat1.sign == .minus ? 1 : -1
    lat1 *= latsign
    lat2 *= latsign

    var (sbet1, cbet1) = GeodesicMath.sincosd(lat1)
    sbet1 *= f1
    (sbet1, cbet1) = GeodesicMath.norm(sbet1, cbet1)
    cbet1 = max(Geodesic.tiny, cbet1)
    var (sbet2, cbet2) = GeodesicMath.sincosd(lat2)
    sbet2 *= f1
    (sbet2, cbet2) = GeodesicMath.norm(sbet2, cbet2)
    cbet2 = max(Geodesic.tiny, cbet2)
    if cbet1 < -sbet1 {
      if cbet2 == cbet1 { sbet2 = sbet1.sign == sbet2.sign ? sbet1 : -sbet1 }
    } else if abs(sbet2) == -sbet1 {
      cbet2 = cbet1
    }
    let dn1 = (1 + ep2 * GeodesicMath.sq(sbet1)).squareRoot()
    let dn2 = (1 + ep2 * GeodesicMath.sq(sbet2)).squareRoot()

    var salp1 = 0.0
    var calp1 = 0.0
    var salp2 = 0.0
    var calp2 = 0.0
    var meridian = lat1 == -90 || slam12 == 0
    if meridian {
      calp1 = clam12
      salp1 = slam12
      calp2 = 1
      salp2 = 0
      let ssig1 = sbet1
      let csig1 = calp1 * cbet1
      let ssig2 = sbet2
      let csig2 = calp2 * cbet2
      let sig12 = atan2(max(0.0, csig1 * ssig2 - ssig1 * csig2) + 0.0, csig1 * csig2 + ssig1 * ssig2)
      let m12x = reducedLength(n, sig12, ssig1, csig1, dn1, ssig2, csig2, dn2)
      // m12 < 0 only on a prolate ellipsoid near antipodal points; then the meridian is not shortest.
      if !(sig12 < Geodesic.tol2 || m12x >= 0) { meridian = false }
    }

    var somg12 = 2.0
    var comg12 = 0.0
    var omg12 = 0.0
    if !meridian && sbet1 == 0 && (f <= 0 || lon12s >= f * 180) {
      // The geodesic runs along the equator.
      calp1 = 0
      calp2 = 0
      salp1 = 1
      salp2 = 1
      omg12 = lam12 / f1
    } else if !meridian {
      let start = inverseStart(sbet1, cbet1, dn1, sbet2, cbet2, dn2, lam12, slam12, clam12)
      (salp1, calp1) = (start.salp1, start.calp1)
      if start.sig12 >= 0 {
        (salp2, calp2) = (start.salp2, start.calp2)
        omg12 = lam12 / (f1 * start.dnm)
      } else {
        let solution = newton(sbet1, cbet1, dn1, sbet2, cbet2, dn2, salp1, calp1, slam12, clam12)
        (salp1, calp1, salp2, calp2) = (solution.salp1, solution.calp1, solution.salp2, solution.calp2)
        let sdomg12 = sin(solution.domg12)
        let cdomg12 = cos(solution.domg12)
        somg12 = slam12 * cdomg12 - clam12 * sdomg12
        comg12 = clam12 * cdomg12 + slam12 * sdomg12
      }
    }

    var s12 = 0.0
    let salp0 = salp1 * cbet1
    let calp0 = hypot(calp1, salp1 * sbet1)
    if calp0 != 0 && salp0 != 0 {
      let (ssig1, csig1) = GeodesicMath.norm(sbet1, calp1 * cbet1)
      let (ssig2, csig2) = GeodesicMath.norm(sbet2, calp2 * cbet2)
      let k2 = GeodesicMath.sq(calp0) * ep2
      let eps = k2 / (2 * (1 + (1 + k2).squareRoot()) + k2)
      let a4 = GeodesicMath.sq(a) * calp0 * salp0 * e2
      let c4a = c4f(eps)
      s12 = a4 * (Geodesic.sinCosSeries(false, ssig2, csig2, c4a) - Geodesic.sinCosSeries(false, ssig1, csig1, c4a))
    }
    if !meridian && somg12 == 2 {
      somg12 = sin(omg12)
      comg12 = cos(omg12)
    }
    let alp12: Double
    if !meridian && comg12 > -0.7071 && sbet2 - sbet1 < 1.75 {
      // tan(Γ/2) = tan(ω₁₂/2) (tan(β₁/2) + tan(β₂/2)) / (1 + tan(β₁/2) tan(β₂/2)), accurate for short edges.
      let domg12 = 1 + comg12
      let dbet1 = 1 + cbet1
      let dbet2 = 1 + cbet2
      alp12 = 2 * atan2(somg12 * (sbet1 * dbet2 + sbet2 * dbet1), domg12 * (sbet1 * sbet2 + dbet1 * dbet2))
    } else {
      var salp12 = salp2 * calp1 - calp2 * salp1
      var calp12 = calp2 * calp1 + salp2 * salp1
      if salp12 == 0 && calp12 < 0 {
        salp12 = Geodesic.tiny * calp1
        calp12 = -1
      }
      alp12 = atan2(salp12, calp12)
    }
    s12 += c2 * alp12
    s12 *= swapp * lonsign * latsign
    return s12 + 0.0
  }

  /// The reduced length m12 / b for the arc σ₁₂ (the `REDUCEDLENGTH` output of `Lengths`).
  func reducedLength(
    _ eps: Double, _ sig12: Double, _ ssig1: Double, _ csig1: Double, _ dn1: Double, _ ssig2: Double,
    _ csig2: Double, _ dn2: Double
  ) -> Double {
    let a1 = 1 + Geodesic.a1m1f(eps)
    let c1a = Geodesic.c1f(eps)
    let a2 = 1 + Geodesic.a2m1f(eps)
    var c2a = Geodesic.c2f(eps)
    let m0x = a1 - a2
    for l in 1...Geodesic.order {
      c2a[l] = a1 * c1a[l] - a2 * c2a[l]
    }
    let j12 =
      m0x * sig12 + (Geodesic.sinCosSeries(true, ssig2, csig2, c2a) - Geodesic.sinCosSeries(true, ssig1, csig1, c2a))
    return dn2 * (csig1 * ssig2) - dn1 * (ssig1 * csig2) - csig1 * csig2 * j12
  }
}
