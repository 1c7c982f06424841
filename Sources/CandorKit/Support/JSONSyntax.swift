import Foundation

/// Parses JSON text, reporting syntax errors with the line and column a person can find.
public enum JSONSyntax {
  /// Returns the parsed value (dictionaries, arrays, strings, numbers, booleans, NSNull).
  public static func parse(_ text: String, name: String) throws(CandorError) -> Any {
    do {
      return try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    } catch {
      // FIXME: locate the failing line and column instead of reporting the start.
      throw .invalidJSON(path: name, line: 1, column: 1, reason: "the JSON does not parse")
    }
  }
}
