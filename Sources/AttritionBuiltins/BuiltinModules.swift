public import AttritionSDK
import CasualtyRatios
import EquipmentAttrition
import TerritorialPace
import TimeSeries

/// The analysis modules that ship with Attrition, in the order `:modules` lists them.
///
/// Each depends on the SDK alone, exactly as a plugin does; this list is the one place that
/// names them.
public let builtinModules: [any AnalysisModule] = [
  SeriesModule(),
  CasualtyModule(),
  EquipmentModule(),
  TerritoryModule(),
]
