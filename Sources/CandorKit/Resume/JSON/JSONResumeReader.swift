/// Reads a JSON resume: syntax first (with the line and column of an error), then the
/// tolerant mapping onto JSON Resume.
enum JSONResumeReader {
  static func read(_ file: InputFile) throws(CandorError) -> ResumeDraft {
    let value = try JSONSyntax.parse(file.text, name: file.name)
    let (resume, notes) = try JSONResumeMapper.map(value, name: file.name)
    var draft = ResumeDraft(resume: resume, notes: notes)
    draft.text = ResumeSkills.texts(of: resume).map(\.text).joined(separator: "\n")
    return draft
  }
}
