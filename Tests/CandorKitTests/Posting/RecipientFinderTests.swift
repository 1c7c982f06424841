import Testing

@testable import CandorKit

@Suite struct RecipientFinderTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var text: String
    var name: String?
    var testDescription: String { text }
  }

  static let cases: [Case] = [
    .init(
      text: "You will report to Dana Whitfield, Director of Platform Engineering.",
      name: "Dana Whitfield"),
    .init(text: "Reports to: Priya Raman", name: "Priya Raman"),
    .init(
      text: "Our hiring manager, Tomás Ortega, reads every application.", name: "Tomás Ortega"),
    .init(text: "Please contact Lee Park with any questions.", name: "Lee Park"),
    .init(text: "Send your resume and cover letter to Ms. Ana Cruz.", name: "Ana Cruz"),
    .init(text: "Write to casey+worklife@peardeck.example. Thanks!", name: "Casey"),
    .init(text: "Apply by email: jane.doe@acme.example", name: "Jane Doe"),
    // An address has only ASCII; the name keeps the posting's own spelling.
    .init(
      text: "Bewerbungen bitte an Frau Jana Größler, jana.groessler@nordwind.example",
      name: "Jana Größler"),
    .init(
      text: "Candidatures : René Lefèvre, rene.lefevre@quai.example", name: "René Lefèvre"),
    .init(text: "Questions go to sam@acme.example; Sam Rivera runs the team.", name: "Sam Rivera"),
    .init(text: "Attn: Jane Smith, Talent Acquisition", name: "Jane Smith"),
    .init(text: "The recruiter for this role is Dana Wu.", name: "Dana Wu"),
    // A job title before the name and credentials after it belong to neither.
    .init(
      text: "This position reports to Nurse Manager Odile Brennan, MSN, RN.",
      name: "Odile Brennan"),
    .init(
      text: "Send your application and a sample lesson to Assistant Principal Tobias Lindqvist. "
        + "Interviews follow.", name: "Tobias Lindqvist"),
    .init(
      text: "Send your resume to our Controller, Inés Maldonado, at jobs@acme.example.",
      name: "Inés Maldonado"),
    .init(text: "You'll report to HR Manager Colleen Marsh and the owners.", name: "Colleen Marsh"),
    .init(text: "Reports to: Charge Nurse Priya Raman RN BSN", name: "Priya Raman"),
    .init(text: "Direct questions to Talent Acquisition Partner Leo Marsh.", name: "Leo Marsh"),
    .init(text: "You will report to the Director of Operations, Ana Lima.", name: "Ana Lima"),
    // "addressed to", "directed to", "attention": more ways to name the reader.
    .init(text: "Kindly address your letter to Principal Odette Varga.", name: "Odette Varga"),
    .init(
      text: "Include a cover letter addressed to Prof. Anika Sorensen and two references.",
      name: "Anika Sorensen"),
    .init(
      text: "Cover letters should be addressed to the Head of Nursing, Mrs. Grace Eze.",
      name: "Grace Eze"),
    .init(
      text: "Mail your CV to our clinic director, Dr. Ravi Menon, DPT, by Friday.",
      name: "Ravi Menon"),
    .init(
      text: "Inquiries may be directed to Store Manager Dale Finch at 555-0199.",
      name: "Dale Finch"),
    .init(text: "Email careers@acme.example, attention Lena Fox.", name: "Lena Fox"),
    .init(text: "For the attention of: Mr. Owen Tate", name: "Owen Tate"),
    // Ranks and honorifics before the name, with a parenthesis, are not the name.
    .init(text: "Hiring manager: Capt. (Ret.) Omar Haddad", name: "Omar Haddad"),
    .init(text: "Recruiter: Lt. Col. Jane Porter", name: "Jane Porter"),
    .init(text: "Strong attention to detail is essential.", name: nil),
    .init(text: "Questions may be directed to the Branch Manager.", name: nil),
    .init(text: "Letters should be addressed to the Search Committee.", name: nil),
    // Roles, teams, shared mailboxes and odd local parts never become a person.
    .init(text: "Reports to the Warehouse Supervisor", name: nil),
    .init(text: "REPORTS TO: VP Operations", name: nil),
    .init(text: "Send your resume to careers@acme.example", name: nil),
    .init(text: "Email jobs2024@acme.example or hr@acme.example", name: nil),
    .init(text: "Contact our Talent Team with questions.", name: nil),
    .init(text: "Questions? Write to jdoe@acme.example", name: nil),
    .init(text: "You'll work with Riley (effective CTO) on tooling.", name: nil),
    .init(text: "Collaborate with hiring managers to define staffing needs.", name: nil),
    .init(text: "This role reports to the Operations Supervisor.", name: nil),
    .init(text: "Reports to the Director of Clinical Nursing.", name: nil),
    .init(text: "Send your resume to our Controller. Benefits start on day one.", name: nil),
    .init(text: "Reports to the Plant Manager. Overtime is paid weekly.", name: nil),
    .init(text: "You will report to the VP of Engineering, who leads 4 teams.", name: nil),
  ]

  @Test(arguments: cases)
  func findsNamedPeopleOnly(_ expected: Case) {
    let lines = expected.text.split(separator: "\n").enumerated().map {
      TextLine(String($0.element), line: $0.offset + 1)
    }
    #expect(RecipientFinder.find(lines, company: "Acme")?.name == expected.name)
  }

  @Test func readsTheSignatureUnderAClosing() {
    let lines = ["With Regards,", "Naveen G", "Email: naveen@conch.example"].enumerated().map {
      TextLine($0.element, line: $0.offset + 10)
    }
    let contact = RecipientFinder.find(lines, company: "Conch Technologies")
    #expect(
      contact
        == Contact(name: "Naveen G", email: "naveen@conch.example", role: "signature", line: 11))
  }

  @Test func neverTakesTheCompanyForAPerson() {
    let lines = [TextLine("Please contact Bramble Foods for details.", line: 1)]
    #expect(RecipientFinder.find(lines, company: "Bramble Foods") == nil)
  }
}
