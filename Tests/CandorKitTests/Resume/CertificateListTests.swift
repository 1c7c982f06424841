import Testing

@testable import CandorKit

@Suite struct CertificateListTests {
  @Test(arguments: [
    ("ACLS, BLS", ["ACLS", "BLS"]),
    ("PMP; CSM", ["PMP", "CSM"]),
    ("AWS SAA · CKA", ["AWS SAA", "CKA"]),
    ("ACLS/BLS/PALS", ["ACLS", "BLS", "PALS"]),
    (
      "Certified Kubernetes Administrator (CKA), Certified Kubernetes Application Developer (CKAD)",
      [
        "Certified Kubernetes Administrator (CKA)",
        "Certified Kubernetes Application Developer (CKAD)",
      ]
    ),
  ])
  func splitsListedCredentials(_ text: String, _ names: [String]) {
    #expect(CertificateList.names(text) == names)
  }

  @Test(arguments: [
    "Certified Kubernetes Administrator (CKA), 2022", "BLS Provider, American Heart Association",
    "Certified Scrum Master, Scrum Alliance", "CPR, First Aid",
    "AppleCare Hardware Certification - Apple Support", "Forklift Certification",
    "CCNA; renewed 2024",
  ])
  func keepsOneCredentialWhole(_ text: String) {
    #expect(CertificateList.names(text) == nil)
  }

  @Test func certificationsSectionGivesOneCertificatePerListedCredential() throws {
    let file = InputFile(
      name: "r.txt",
      text: "Dana Cole\n\nExperience\nNurse, Elm Clinic    2019 - Present\n- Triaged patients\n\n"
        + "Certifications\nACLS, BLS\nBLS Provider, American Heart Association (expires 2027)\n")
    let resume = try ResumeReader.read(file, lexicon: TestLexicon.small, today: TestLexicon.today)
      .resume
    #expect(resume.certificates.map(\.name) == ["ACLS", "BLS", "BLS Provider"])
    #expect(resume.certificates.last?.issuer == "American Heart Association")
  }
}
