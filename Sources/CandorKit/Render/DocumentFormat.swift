/// The printable formats Candor writes documents in.
public enum DocumentFormat: String, Sendable, CaseIterable, Codable {
  case html, pdf, docx
}
