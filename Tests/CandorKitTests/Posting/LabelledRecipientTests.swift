import Testing

@testable import CandorKit

/// The person a posting names under a job title ("Principal: Dr. Ines Okonkwo"), after a
/// lowercase title ("pharmacy manager Lior Benami"), and after Spanish, French and German
/// cues; never a role, a team or a department alone.
@Suite struct LabelledRecipientTests {
  static func read(_ line: String) throws -> JobPosting {
    try PostingFixture.read(
      text: """
        Clinic Coordinator
        Tamarack Valley Clinic
        Eugene, OR

        Requirements
        - 2+ years of front desk experience

        \(line)
        """)
  }

  struct Case: CustomTestStringConvertible, Sendable {
    let line: String
    let name: String
    let role: String
    var testDescription: String { line }
  }

  @Test(arguments: [
    Case(line: "Principal: Dr. Ines Okonkwo", name: "Ines Okonkwo", role: "principal"),
    Case(
      line: "Nurse Manager: Tobias Lindgren, RN, MSN", name: "Tobias Lindgren",
      role: "nurse manager"),
    Case(line: "Office Manager: Halima Farouk", name: "Halima Farouk", role: "office manager"),
    Case(
      line: "Send your resume to pharmacy manager Lior Benami, PharmD.", name: "Lior Benami",
      role: "applications"),
    Case(
      line: "Envía tu currículum a Nerea Goikoetxea Salas, directora técnica.",
      name: "Nerea Goikoetxea Salas", role: "applications"),
    Case(line: "Enviar CV a Aitana Berrocal.", name: "Aitana Berrocal", role: "applications"),
    Case(
      line: "Candidature à l'attention de Mme Solène Tréguier, responsable RH.",
      name: "Solène Tréguier", role: "contact"),
    Case(
      line: "Rattaché(e) à Mme Ombeline Fauchard, responsable paie, vous gérez la paie.",
      name: "Ombeline Fauchard", role: "reports to"),
    Case(line: "Contacto: Ximena Arreola", name: "Ximena Arreola", role: "contact"),
  ])
  func aLabelledOrCuedPersonIsTheRecipient(_ example: Case) throws {
    let recipient = try Self.read(example.line).recipient
    #expect(recipient?.name == example.name)
    #expect(recipient?.role == example.role)
  }

  @Test(arguments: [
    "Principal: Tamarack Valley Academy",
    "Nurse Manager: Night Shift Lead",
    "Location: Eugene Oregon",
    "Send your resume to the pharmacy manager.",
    "Envía tu currículum a Recursos Humanos.",
    "Enviar CV a RRHH.",
    "Candidature à l'attention de la Direction des Ressources Humaines.",
    "Contacto: Departamento de Selección",
    "Reports to: Director of Nursing",
  ])
  func aRoleTeamOrDepartmentIsNoRecipient(_ line: String) throws {
    #expect(try Self.read(line).recipient == nil)
  }

  @Test(arguments: [
    "Hiring manager: Wilhelmina Achterberg", "Nurse Manager: Tobias Lindgren, RN, MSN",
  ])
  func aTitledContactLineIsNoRequirement(_ line: String) throws {
    let posting = try PostingFixture.read(
      text: """
        Clinic Coordinator
        Tamarack Valley Clinic

        Requirements
        - 2+ years of front desk experience
        - \(line)
        """)
    #expect(posting.requirements.map(\.text) == ["2+ years of front desk experience"])
  }
}
