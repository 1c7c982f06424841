/// Phrases that propose a concrete next step: a call, a visit, a demo, a follow-up on a day.
/// `no-next-step` requires one in the closing, and `limp-closing` lets a stock phrase pass
/// when one is there.
enum NextStepPhrases {
  static let patterns: [String] = [
    "i will|shall call|phone|follow|contact|reach|email|check|ring|send|share|bring|visit",
    // "I will stop by the store", "I'll pop in", "I will drop by", "I will call in".
    "i will|shall ~1 stop|drop|pop|come|call by|in|into|round|over",
    "i will|shall give you? a ring|call|bell",
    // A dated first-person action: "I will stop by the store on Monday".
    "i will|shall|plan|intend ~8 monday|tuesday|wednesday|thursday|friday|saturday|tomorrow",
    "follow|following up", "next week|monday|tuesday|wednesday|thursday|friday|month",
    "within #num|one|two|three|a|the days|weeks|week|month",
    "walk|show you|your team? through", "walk through|walkthrough|demo|demonstrate",
    "happy|glad|ready to walk|show|demo|present|share|send",
    "minute call|chat|conversation|meeting|demo",
    "schedule|arrange|book|set up a|time? ~2 call|meeting|chat|interview|time|conversation",
    "available|free on|next|this ~2 monday|tuesday|wednesday|thursday|friday|week|morning|"
      + "afternoon",
    // "I would welcome a call about staffing the overnight shift": a call on a named topic,
    // not "about my qualifications" or "about the role".
    "welcome|propose|suggest a|an ~1 call|conversation|meeting|chat|visit about|on "
      + "!how|my|me|whether|joining|working|possibly|the|a|an|your|this|our|any",
    "welcome|propose|suggest a|an ~1 call|conversation|meeting|chat|visit about|on "
      + "the|your|this|our !opportunity|role|position|job|opening|vacancy|possibility|chance|"
      + "team|company|organization|organisation|needs|requirements|application|next|candidacy",
  ]

  /// The phrases as one check, for finding a next step in a region.
  static let check = Existence(patterns, in: .closing, mode: .require, message: "")

  /// True when a sentence in the letter's closing proposes a next step.
  static func inClosing(_ context: ReviewContext) -> Bool {
    context.paragraphs(in: .closing).contains { index in
      context.paragraph(index).sentences.contains {
        check.matches(context.letter.text, words: $0.words)
      }
    }
  }
}
