import AttritionSDK
import Foundation

/// Metres per degree on the WGS84 ellipsoid around one latitude, from its radii of curvature.
///
/// Used for the short edges of a map's front line (hundreds of metres): over 10 km the length it
/// gives differs from the geodesic's by under a centimetre. Long distances go through ``Geodesic``.
struct LocalMetric: Sendable {
  /// Metres per degree of latitude (the meridian's radius of curvature).
  let metresPerDegreeLatitude: Double
  /// Metres per degree of longitude (the prime vertical's radius of curvature × cos φ).
  let metresPerDegreeLongitude: Double

  /// The metric at a latitude in degrees.
  init(latitude: Double) {
    let a = 6_378_137.0
    let f = 1 / 298.257_223_563
    let e2 = f * (2 - f)
    let phi = latitude * .pi / 180
    let w = (1 - e2 * sin(phi) * sin(phi)).squareRoot()
    metresPerDegreeLatitude = a * (1 - e2) / (w * w * w) * .pi / 180
    metresPerDegreeLongitude = a / w * cos(phi) * .pi / 180
  }

  /// How many degrees of latitude and of longitude `metres` are.
  func degrees(forMetres metres: Double) -> (latitude: Double, longitude: Double) {
    (metres / metresPerDegreeLatitude, metres / metresPerDegreeLongitude)
  }

  /// The length of a short edge in metres, measured at its mid-latitude.
  static func length(_ a: Coordinate, _ b: Coordinate) -> Double {
    let metric = LocalMetric(latitude: (a.latitude + b.latitude) / 2)
    let north = (b.latitude - a.latitude) * metric.metresPerDegreeLatitude
    let east = (b.longitude - a.longitude) * metric.metresPerDegreeLongitude
    return (north * north + east * east).squareRoot()
  }

  /// A point in metres east and north of `origin` on the plane tangent there.
  func plane(_ point: Coordinate, origin: Coordinate) -> (x: Double, y: Double) {
    (
      (point.longitude - origin.longitude) * metresPerDegreeLongitude,
      (point.latitude - origin.latitude) * metresPerDegreeLatitude
    )
  }
}
