import Foundation
import Testing

@testable import CandorKit

/// Match and tailor faults the eighth trial found (issue #5): a held certification named
/// with more words than the posting's shown as a gap, and a skill item that names a
/// must-have among other words left behind a nice-to-have.
@Suite struct TrialEightMatchTests {
  static func read(_ posting: String, _ resume: String) throws -> (JobPosting, ParsedResume) {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Fixtures/write-trial8").standardized
    let job = try PostingReader.read(InputFile.read(folder.appendingPathComponent(posting).path))
    let cv = try ResumeReader.read(
      InputFile.read(folder.appendingPathComponent(resume).path), today: WriteCase.today)
    return (job, cv)
  }

  @Test func aCertificateNamingTheAskedFieldIsFoundNotAGap() throws {
    let (posting, resume) = try Self.read("forklift-posting.txt", "forklift-resume.txt")
    let report = KeywordMatcher.match(posting: posting, resume: resume)
    let asked = report.keywords.first { $0.term.lowercased() == "forklift certification" }
    #expect(asked?.found == true)
    #expect(!report.gaps.contains { $0.lowercased() == "forklift certification" })
  }

  @Test func aCertificateOfAnotherFieldDoesNotHoldTheAsk() throws {
    let (posting, resume) = try Self.read("forklift-posting.txt", "electrician-resume.txt")
    let report = KeywordMatcher.match(posting: posting, resume: resume)
    let asked = report.keywords.first { $0.term.lowercased() == "forklift certification" }
    #expect(asked?.found == false)
  }

  @Test func aSkillNamingAMustHaveAmongOtherWordsComesFirst() throws {
    let (posting, resume) = try Self.read("electrician-posting.txt", "electrician-resume.txt")
    var edited = resume
    edited.resume.skills = ["AutoCAD", "conduit bending", "NEC code compliance"].map {
      var skill = Resume.Skill()
      skill.name = $0
      return skill
    }
    let names = ResumeTailor.tailor(edited, for: posting).resume.skills.compactMap(\.name)
    #expect(names == ["NEC code compliance", "AutoCAD", "conduit bending"])
  }

  @Test(arguments: ["dental-resume.txt", "dental-resume.md"])
  func anEducationLineInTheCertificatesIsEducation(_ resume: String) throws {
    let (posting, parsed) = try Self.read("dental-posting.txt", resume)
    let tailored = ResumeTailor.tailor(parsed, for: posting).resume
    let names = tailored.certificates.compactMap(\.name)
    #expect(names.prefix(2) == ["Idaho Dental Hygiene License", "Local Anesthesia Permit"])
    #expect(!names.contains { $0.contains("Education") })
    #expect(tailored.education.map(\.institution) == ["Idaho State University"])
  }
}
