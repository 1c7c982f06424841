/// Renders a ``ParsedResume`` as an indented outline a person can check at a glance.
public enum ResumeOutline {
  public static func render(_ parsed: ParsedResume) -> String {
    // FIXME: skeleton only.
    "Resume\n  name: \(parsed.resume.basics?.name ?? "—")\n"
  }
}
