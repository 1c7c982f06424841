import Testing

@testable import CandorKit

/// A bullet that wraps onto a line shaped like a role heading ("Title at Employer",
/// "Title, Employer") carries on the bullet: no role is made of the wrapped words, in a
/// column beside a sidebar or alone.
@Suite struct WrappedBulletHeadTests {
  static let sidebar = """
    TOVE LINDQVIST
    Brand Manager

    CONTACT                         EXPERIENCE
    tove.l@example.com
    (503) 555-0147                  Brand Specialist
    Portland, OR                    Fernway Cycles, Portland, OR
                                    May 2020 - Present
    SKILLS                          • Ran a $450K yearly search budget on
    Google Ads                        Google Ads and Bing Ads at 3.6x ROAS
    Mailchimp                       • Opened 5 dealer accounts with
    Figma                             regional shops, lifting parts sales 19%
                                    • Hired one design intern

                                    Marketing Assistant
                                    Cobalt Kayak Co., Bend, OR
                                    July 2017 - April 2020
                                    • Wrote 2 newsletters a month for
                                      18,000 readers
    """

  @Test func aWrappedBulletStaysOneHighlightOfItsRole() throws {
    let resume = try ResumeReader.read(InputFile(name: "resume.txt", text: Self.sidebar)).resume
    #expect(resume.work.map(\.name) == ["Fernway Cycles", "Cobalt Kayak Co."])
    #expect(
      resume.work.first?.highlights == [
        "Ran a $450K yearly search budget on Google Ads and Bing Ads at 3.6x ROAS",
        "Opened 5 dealer accounts with regional shops, lifting parts sales 19%",
        "Hired one design intern",
      ])
    #expect(resume.basics?.name == "Tove Lindqvist")
  }
}
