import Foundation

extension TextResumeReader {
  /// Adds a certificate read from one item of a certifications section. A LinkedIn export
  /// writes a credential over three lines, "Certified Fund Raising Executive (CFRE)" /
  /// "CFRE International" / "Issued Jan 2025": a line that is only a date belongs to the
  /// certificate above it, and an undated line just above it is that certificate's issuer.
  mutating func addCertificate(_ certificate: Resume.Certificate, text: String, line: Int) {
    let certificates = draft.resume.certificates
    let isDateOnly = (certificate.name ?? "").isEmpty && certificate.issuer == nil
    guard isDateOnly, let date = certificate.date, let last = certificates.indices.last,
      certificates[last].date == nil
    else {
      draft.lines["certificates[\(certificates.count)].name"] = line
      draft.resume.certificates.append(certificate)
      return
    }
    let lastLine = draft.lines["certificates[\(last)].name"]
    let aboveLine = last > 0 ? draft.lines["certificates[\(last - 1)].name"] : nil
    if let lastLine, let aboveLine, lastLine == aboveLine + 1, lastLine + 1 == line,
      certificates[last].issuer == nil, certificates[last - 1].issuer == nil,
      certificates[last - 1].date == nil,
      text.lowercased().hasPrefix("issued")
        || RoleWords.isOrganization(certificates[last].name ?? "")
    {
      draft.resume.certificates[last - 1].issuer = certificates[last].name
      draft.resume.certificates[last - 1].date = date
      draft.resume.certificates.removeLast()
      draft.lines["certificates[\(last)].name"] = nil
    } else {
      draft.resume.certificates[last].date = date
    }
  }
}
