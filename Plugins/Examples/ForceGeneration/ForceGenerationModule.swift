public import AttritionSDK

/// The `force` module: recruitment against losses — what keeps a force level, how long a deficit
/// lasts, how far a foreign contingent goes.
///
/// An example of a third-party plugin: it depends on the SDK alone, is built as a `.dynamic`
/// product and is loaded at run time with `--plugin` or `:plugin`, never linked into the host.
public struct ForceGenerationModule: AnalysisModule {
  /// Creates the module.
  public init() {}

  /// The module's descriptor: its functions, docs and examples.
  public var descriptor: ModuleDescriptor {
    ModuleDescriptor(
      name: "force",
      version: "1.0.0",
      summary: "Force generation: recruits needed to hold a force level against losses, and how long a gap lasts.",
      discussion: """
        Losses are counts of people (plain numbers or personnel units such as `casualties`, `killed`); periods \
        are inclusive periods (`2022-02-24..2025-06-04`) or durations (`6 months`; a plain number counts days). \
        Rates come out per month (the mean Gregorian month, 30.44 days). Bounds carry through: a share of the \
        wounded that returns to duty given as a range gives a range of recruits. The module models headcount \
        only, not training time or the quality of replacements.
        """,
      functions: [
        ForceGenerationModule.replacement, ForceGenerationModule.netChange, ForceGenerationModule.depletion,
        ForceGenerationModule.contingentCover,
      ]
    )
  }
}
