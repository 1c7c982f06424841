import Testing

@testable import CandorCLI

@Suite struct ArgumentParserTests {
  static let spec = CommandSpec(
    name: "demo", abstract: "A demo.",
    arguments: [ArgumentSpec(name: "FILE", help: "A file.")],
    options: [
      OptionSpec(
        name: "tone", valueName: "TONE", help: "Tone.",
        choices: ["formal", "conversational", "confident"], defaultValue: "formal"),
      .flag("strict", "Strict."),
    ])

  @Test func readsOptionsFlagsAndDefaults() throws {
    let parsed = try ArgumentParser.parse(["a.txt", "--strict"], for: Self.spec)
    #expect(parsed.positionals == ["a.txt"])
    #expect(parsed.has("strict"))
    #expect(parsed["tone"] == "formal")
  }

  @Test func acceptsInlineValues() throws {
    let parsed = try ArgumentParser.parse(["--tone=confident", "-"], for: Self.spec)
    #expect(parsed["tone"] == "confident")
    #expect(parsed.positionals == ["-"])
  }

  @Test func anOptionGivenTwiceWithDifferentValuesIsAConflict() throws {
    let error = UsageError.conflict(
      "--tone is given twice ('formal' and 'confident'); keep one", command: "demo")
    #expect(throws: error) {
      try ArgumentParser.parse(["a", "--tone", "formal", "--tone", "confident"], for: Self.spec)
    }
    let same = try ArgumentParser.parse(["a", "--tone", "formal", "--tone=formal"], for: Self.spec)
    #expect(same["tone"] == "formal")
  }

  @Test func suggestsTheClosestOption() {
    #expect(throws: UsageError.unknownOption("--tnoe", command: "demo", suggestion: "--tone")) {
      try ArgumentParser.parse(["a", "--tnoe", "formal"], for: Self.spec)
    }
  }

  @Test func suggestsTheClosestValue() {
    let error = UsageError.invalidChoice(
      option: "tone", value: "formel", choices: ["formal", "conversational", "confident"],
      suggestion: "formal")
    #expect(throws: error) { try ArgumentParser.parse(["a", "--tone", "formel"], for: Self.spec) }
    #expect(
      error.message
        == "invalid value 'formel' for '--tone' (did you mean 'formal'?); "
        + "choose from formal, conversational, confident")
  }

  @Test func reportsAMissingArgument() {
    #expect(throws: UsageError.missingArgument("FILE", command: "demo")) {
      try ArgumentParser.parse([], for: Self.spec)
    }
  }
}
