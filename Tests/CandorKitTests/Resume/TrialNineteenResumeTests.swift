import Foundation
import Testing

@testable import CandorKit

/// Resume content the nineteenth new-user trial found dropped or garbled (issue #2), on
/// invented resumes written inline.
@Suite struct TrialNineteenResumeTests {
  static func resume(_ text: String, name: String = "cv.txt") throws -> ParsedResume {
    try ResumeReader.read(
      InputFile(name: name, text: text), lexicon: .standard, today: WriteCase.today)
  }

  /// A field's name before "Experience", acronyms included, heads a work section.
  @Test(arguments: [
    "UX Research Experience", "Teaching Experience", "Relevant Experience",
    "Clinical Experience", "HR Experience", "IT Support Experience",
  ])
  func aFieldsExperienceIsAWorkHeading(_ heading: String) {
    #expect(SectionHeading.kind(of: heading) == .work)
  }

  /// A career changer's first section of roles is read, and a heading dated by one year
  /// under it is a project of its own, not more of the role above.
  @Test func aCareerChangersFirstRolesAreRead() throws {
    let text = """
      # Odile Marchetti

      odile@example.com

      ## UX Research Experience

      ### Research Volunteer — Bramble Library Lab (volunteer), Remote
      *March 2025 – Present*

      - Ran 14 card-sorting sessions for the catalogue search

      ### Service Design Certificate capstone
      *2024*

      - Mapped the journey of 9 first-time borrowers

      ## Teaching Experience

      ### Art Teacher — Fallowmere Middle School, Lisbon, ND
      *August 2016 – June 2024*

      - Taught drawing to about 120 students a year
      """
    let resume = try Self.resume(text, name: "cv.md")
    #expect(resume.resume.work.map(\.name) == ["Bramble Library Lab", "Fallowmere Middle School"])
    #expect(
      resume.resume.work.first?.highlights == [
        "Ran 14 card-sorting sessions for the catalogue search"
      ])
    #expect(resume.resume.projects.first?.name == "Service Design Certificate capstone")
    #expect(
      resume.resume.projects.first?.highlights == ["Mapped the journey of 9 first-time borrowers"])
    #expect(!resume.notes.contains { $0.contains("was not read") })
  }

  /// "The" opens a school's own name, a concentration is no school, a field written before
  /// a bare degree is the field, and a detail line under the degree is kept as a detail.
  @Test func educationFieldsKeepTheirOwnWords() throws {
    let text = """
      Wren Abernathy
      wren@example.com

      EDUCATION
      Master of Public Health (MPH), The Georgia State University School of Public Health, 2020
      M.S. in Counseling, option in School Psychology — California State University, Chico, 2016
      Welding Technology, A.A.S. - Pinecrest Community College, 2012 - 2014
        1,440 shop hours of structural and pipe welding; graduated with a 3.6 GPA

      SKILLS
      Welding, counseling
      """
    let education = try Self.resume(text).resume.education
    #expect(
      education.map(\.institution) == [
        "The Georgia State University School of Public Health",
        "California State University, Chico", "Pinecrest Community College",
      ])
    #expect(
      education.map(\.area) == [
        "Public Health", "Counseling (School Psychology)", "Welding Technology",
      ])
    #expect(
      education.last?.courses == [
        "1,440 shop hours of structural and pipe welding; graduated with a 3.6 GPA"
      ])
  }

  /// "Club (2021-2023): organised 12 tournaments": the organisation's name ends at the
  /// colon, and what was done there is a statement with its figure.
  @Test func aColonEndsAnOrganisationsName() throws {
    let text = """
      Ines Kowalczyk
      ines@example.com

      EXPERIENCE
      Barista, Tallow Street Coffee, Kent, OH, 2022 - 2024
      - Served about 200 drinks a shift

      ACTIVITIES
      Secretary, Maple Chess Club (2021-2023): organised 12 tournaments
      """
    let volunteer = try Self.resume(text).resume.volunteer
    #expect(volunteer.first?.organization == "Maple Chess Club")
    #expect(volunteer.first?.position == "Secretary")
    #expect(volunteer.first?.highlights == ["organised 12 tournaments"])
  }

  /// Credentials read into names with balanced brackets, no opening verb, and the body that
  /// gave a course when it is named in capitals after it.
  @Test func credentialNamesAreClean() throws {
    let text = """
      Rosa Lindqvist
      rosa@example.com

      CREDENTIALS
      Oregon Teaching License, Biology (clear, renewed 2024)
      Conflict Mediation training, NAFCM, 2023 (completed while on leave)
      Completed CPCU 520 (Insurance Operations), 2025

      EXPERIENCE
      Teacher, Alder Creek High School, Salem, OR, 2015 - 2023
      - Taught biology to 130 students a year
      """
    let certificates = try Self.resume(text).resume.certificates
    #expect(
      certificates.map(\.name) == [
        "Oregon Teaching License, Biology (clear)",
        "Conflict Mediation training (completed while on leave)",
        "CPCU 520 (Insurance Operations)",
      ])
    #expect(certificates.map(\.date) == ["2024", "2023", "2025"])
    #expect(certificates[1].issuer == "NAFCM")
    #expect(certificates[0].renewed == true)
  }

  /// A job posting in JSON Resume's job schema is refused as a resume, as a resume is
  /// refused as a posting.
  @Test func aJSONPostingIsNoResume() {
    let json = """
      {"title": "Field Technician", "company": "Quillon Grid",
       "description": "We keep 400 substations running.",
       "skills": [{"name": "SCADA"}]}
      """
    #expect {
      try ResumeReader.read(InputFile(name: "job.json", text: json))
    } throws: { error in
      (error as? CandorError)?.message.contains("looks like a job posting") == true
    }
  }

  /// A section the reader cannot read that holds dates is named, so a copy can refuse to
  /// drop it; one without dates is not.
  @Test func anUnreadDatedSectionIsNamed() throws {
    let text = """
      # Pell Okafor

      pell@example.com

      ## Experience

      ### Clerk — Amber Row Books
      *2019 – 2021*

      - Shelved 300 books a week

      ## Seasons Afield

      Ranger aide, Cold Fork Park, 2022 – 2023

      ## Favourite Quotes

      Be kind.
      """
    let resume = try Self.resume(text, name: "cv.md")
    #expect(resume.unreadDatedSections == ["'Seasons Afield' (line 12)"])
  }
}
