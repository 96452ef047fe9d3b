import Foundation

extension Geodesic {
  /// A starting azimuth for Newton's method, or (when `sig12 >= 0`) the solution of a short line.
  struct Start {
    var sig12 = -1.0
    var salp1 = 0.0
    var calp1 = 0.0
    var salp2 = Double.nan
    var calp2 = Double.nan
    var dnm = Double.nan
  }

  /// The azimuths Newton's method converged to, and ω₁₂ − λ₁₂.
  struct Solution {
    var salp1: Double
    var calp1: Double
    var salp2: Double
    var calp2: Double
    var domg12: Double
  }

  /// λ₁₂ for a trial azimuth α₁ and what the iteration needs (`Lambda12` in GeographicLib).
  struct Lambda {
    var lam12: Double
    var salp2: Double
    var calp2: Double
    var domg12: Double
    var dlam12: Double
  }

  /// The starting guess for α₁ (`InverseStart`); the long positional parameter lists mirror
  /// GeographicLib so that the port can be checked against it line by line.
  func inverseStart(
    _ sbet1: Double, _ cbet1: Double, _ dn1: Double, _ sbet2: Double, _ cbet2: Double, _ dn2: Double,
    _ lam12: Double, _ slam12: Double, _ clam12: Double
  ) -> Start {
    var start = Start()
    let sbet12 = sbet2 * cbet1 - cbet2 * sbet1
    let cbet12 = cbet2 * cbet1 + sbet2 * sbet1
    var sbet12a = sbet2 * cbet1
    sbet12a += cbet2 * sbet1
    let shortline = cbet12 >= 0 && sbet12 < 0.5 && cbet2 * lam12 < 0.5
    var somg12: Double
    var comg12: Double
    if shortline {
      var sbetm2 = GeodesicMath.sq(sbet1 + sbet2)
      sbetm2 /= sbetm2 + GeodesicMath.sq(cbet1 + cbet2)
      start.dnm = (1 + ep2 * sbetm2).squareRoot()
      let omg12 = lam12 / (f1 * start.dnm)
      somg12 = sin(omg12)
      comg12 = cos(omg12)
    } else {
      somg12 = slam12
      comg12 = clam12
    }
    var salp1 = cbet2 * somg12
    var calp1 =
      comg12 >= 0
      ? sbet12 + cbet2 * sbet1 * GeodesicMath.sq(somg12) / (1 + comg12)
      : sbet12a - cbet2 * sbet1 * GeodesicMath.sq(somg12) / (1 - comg12)
    let ssig12 = hypot(salp1, calp1)
    let csig12 = sbet1 * sbet2 + cbet1 * cbet2 * comg12
    if shortline && ssig12 < etol2 {
      let salp2 = cbet1 * somg12
      let calp2 =
        sbet12 - cbet1 * sbet2 * (comg12 >= 0 ? GeodesicMath.sq(somg12) / (1 + comg12) : 1 - comg12)
      (start.salp2, start.calp2) = GeodesicMath.norm(salp2, calp2)
      start.sig12 = atan2(ssig12, csig12)
    } else if abs(n) >= 0.1 || csig12 >= 0 || ssig12 >= 6 * abs(n) * .pi * GeodesicMath.sq(cbet1) {
      // The zeroth-order spherical estimate is good enough.
    } else {
      // Nearly antipodal: scale to the astroid's coordinates (oblate case only, f > 0).
      let lam12x = atan2(-slam12, -clam12)
      let k2 = GeodesicMath.sq(sbet1) * ep2
      let eps = k2 / (2 * (1 + (1 + k2).squareRoot()) + k2)
      let lamscale = f * cbet1 * a3f(eps) * .pi
      let betscale = lamscale * cbet1
      let x = lam12x / lamscale
      let y = sbet12a / betscale
      if y > -Geodesic.tol1 && x > -1 - Geodesic.xthresh {
        salp1 = min(1.0, -x)
        calp1 = -(1 - GeodesicMath.sq(salp1)).squareRoot()
      } else {
        let k = Geodesic.astroid(x, y)
        let omg12a = lamscale * (-x * k / (1 + k))
        somg12 = sin(omg12a)
        comg12 = -cos(omg12a)
        salp1 = cbet2 * somg12
        calp1 = sbet12a - cbet2 * sbet1 * GeodesicMath.sq(somg12) / (1 - comg12)
      }
    }
    if !(salp1 <= 0) {
      (start.salp1, start.calp1) = GeodesicMath.norm(salp1, calp1)
    } else {
      (start.salp1, start.calp1) = (1, 0)
    }
    return start
  }

  /// λ₁₂ and its derivative for the trial azimuth α₁.
  func lambda12(
    _ sbet1: Double, _ cbet1: Double, _ dn1: Double, _ sbet2: Double, _ cbet2: Double, _ dn2: Double,
    _ salp1: Double, _ calp1In: Double, _ slam120: Double, _ clam120: Double, derivative: Bool
  ) -> Lambda {
    var calp1 = calp1In
    if sbet1 == 0 && calp1 == 0 { calp1 = -Geodesic.tiny }
    let salp0 = salp1 * cbet1
    let calp0 = hypot(calp1, salp1 * sbet1)
    let somg1 = salp0 * sbet1
    let comg1 = calp1 * cbet1
    let (ssig1, csig1) = GeodesicMath.norm(sbet1, calp1 * cbet1)
    let salp2 = cbet2 != cbet1 ? salp0 / cbet2 : salp1
    let calp2 =
      cbet2 != cbet1 || abs(sbet2) != -sbet1
      ? (GeodesicMath.sq(calp1 * cbet1)
        + (cbet1 < -sbet1 ? (cbet2 - cbet1) * (cbet1 + cbet2) : (sbet1 - sbet2) * (sbet1 + sbet2))).squareRoot()
        / cbet2
      : abs(calp1)
    let somg2 = salp0 * sbet2
    let comg2 = calp2 * cbet2
    let (ssig2, csig2) = GeodesicMath.norm(sbet2, calp2 * cbet2)
    let sig12 = atan2(max(0.0, csig1 * ssig2 - ssig1 * csig2) + 0.0, csig1 * csig2 + ssig1 * ssig2)
    let somg12 = max(0.0, comg1 * somg2 - somg1 * comg2) + 0.0
    let comg12 = comg1 * comg2 + somg1 * somg2
    let eta = atan2(somg12 * clam120 - comg12 * slam120, comg12 * clam120 + somg12 * slam120)
    let k2 = GeodesicMath.sq(calp0) * ep2
    let eps = k2 / (2 * (1 + (1 + k2).squareRoot()) + k2)
    let c3a = c3f(eps)
    let b312 = Geodesic.sinCosSeries(true, ssig2, csig2, c3a) - Geodesic.sinCosSeries(true, ssig1, csig1, c3a)
    let domg12 = -f * a3f(eps) * salp0 * (sig12 + b312)
    var dlam12 = Double.nan
    if derivative {
      if calp2 == 0 {
        dlam12 = -2 * f1 * dn1 / sbet1
      } else {
        dlam12 = reducedLength(eps, sig12, ssig1, csig1, dn1, ssig2, csig2, dn2) * f1 / (calp2 * cbet2)
      }
    }
    return Lambda(lam12: eta + domg12, salp2: salp2, calp2: calp2, domg12: domg12, dlam12: dlam12)
  }

  /// Solves λ₁₂(α₁) = λ₁₂ for α₁ by Newton's method, falling back to bisection of a bracket.
  func newton(
    _ sbet1: Double, _ cbet1: Double, _ dn1: Double, _ sbet2: Double, _ cbet2: Double, _ dn2: Double,
    _ salp1Start: Double, _ calp1Start: Double, _ slam12: Double, _ clam12: Double
  ) -> Solution {
    var salp1 = salp1Start
    var calp1 = calp1Start
    var numit = 0
    var tripn = false
    var tripb = false
    var salp1a = Geodesic.tiny
    var calp1a = 1.0
    var salp1b = Geodesic.tiny
    var calp1b = -1.0
    var result: Lambda
    while true {
      result = lambda12(
        sbet1, cbet1, dn1, sbet2, cbet2, dn2, salp1, calp1, slam12, clam12, derivative: numit < Geodesic.maxit1)
      let v = result.lam12
      // The reversed test lets NaN escape the loop.
      if tripb || !(abs(v) >= (tripn ? 8 : 1) * Geodesic.tol0) || numit == Geodesic.maxit2 { break }
      if v > 0 && (numit > Geodesic.maxit1 || calp1 / salp1 > calp1b / salp1b) {
        salp1b = salp1
        calp1b = calp1
      } else if v < 0 && (numit > Geodesic.maxit1 || calp1 / salp1 < calp1a / salp1a) {
        salp1a = salp1
        calp1a = calp1
      }
      numit += 1
      let dv = result.dlam12
      if numit < Geodesic.maxit1 && dv > 0 {
        let dalp1 = -v / dv
        if abs(dalp1) < .pi {
          let sdalp1 = sin(dalp1)
          let cdalp1 = cos(dalp1)
          let nsalp1 = salp1 * cdalp1 + calp1 * sdalp1
          if nsalp1 > 0 {
            calp1 = calp1 * cdalp1 - salp1 * sdalp1
            salp1 = nsalp1
            (salp1, calp1) = GeodesicMath.norm(salp1, calp1)
            tripn = abs(v) <= 16 * Geodesic.tol0
            continue
          }
        }
      }
      salp1 = (salp1a + salp1b) / 2
      calp1 = (calp1a + calp1b) / 2
      (salp1, calp1) = GeodesicMath.norm(salp1, calp1)
      tripn = false
      tripb =
        abs(salp1a - salp1) + (calp1a - calp1) < Geodesic.tolb
        || abs(salp1 - salp1b) + (calp1 - calp1b) < Geodesic.tolb
    }
    return Solution(
      salp1: salp1, calp1: calp1, salp2: result.salp2, calp2: result.calp2, domg12: result.domg12)
  }
}
