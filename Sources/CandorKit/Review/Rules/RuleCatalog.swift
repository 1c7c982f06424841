/// Every rule Candor ships, in the order `candor review --rules` lists them.
public enum RuleCatalog {
  /// All rules, by category.
  public static let all: [Rule] =
    PersonalisationRules.all + SpecificityRules.all + RelevanceRules.all + StructureRules.all
    + LanguageRules.all

  /// The rule with `id`.
  public static func rule(_ id: String) -> Rule? {
    all.first { $0.id == id }
  }
}
