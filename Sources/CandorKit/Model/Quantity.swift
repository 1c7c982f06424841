/// A number stated in text, with its unit and what it measures.
///
/// "cut p99 latency by 40%" gives value 40, unit "%", measure ``Measure/latency``;
/// "500K daily users" gives value 500 000, unit nil, measure ``Measure/users``.
public struct Quantity: Sendable, Codable, Equatable, Hashable {
  /// What a number counts or measures.
  public enum Measure: String, Sendable, Codable, CaseIterable {
    case users, requests, transactions, latency, revenue, cost, money, teamSize, time, percent
    case count, data, rating, other
  }

  /// The number exactly as written ("$1.2M", "40%", "3x", "500K").
  public var text: String
  /// The number's value with suffixes applied ("1.2M" → 1 200 000).
  public var value: Double
  /// The unit or symbol: "%", "$", "ms", "x", "hours", … or nil for a bare count.
  public var unit: String?
  public var measure: Measure
  /// The few words around the number that say what it measures ("daily active users").
  public var context: String

  public init(text: String, value: Double, unit: String?, measure: Measure, context: String) {
    self.text = text
    self.value = value
    self.unit = unit
    self.measure = measure
    self.context = context
  }
}
