import Testing

@testable import CandorKit

/// Embedded work's tools are lexicon terms (trial24 P2-1: "CAN bus, SPI, I2C" and "ARM
/// Cortex-M" gave no skills), an RTOS product meets an ask for an RTOS, an STM32 part meets
/// one for ARM Cortex-M, and the everyday words among them stay words.
@Suite struct EmbeddedTermTests {
  static func terms(_ text: String) -> Set<String> {
    Set(Lexicon.standard.matches(in: text).map(\.term))
  }

  @Test func everydayWordsAreNotEmbeddedTools() {
    #expect(
      Self.terms("Parents can bus their children to the zephyr garden.").isDisjoint(
        with: ["CAN bus", "Zephyr"]))
  }

  @Test(arguments: [("FreeRTOS", "RTOS"), ("Zephyr", "RTOS"), ("STM32", "ARM Cortex-M")])
  func aProductIsAKindOfWhatThePostingAsks(_ product: String, _ kind: String) {
    #expect(Lexicon.standard.kinds(of: product).contains(kind))
  }
}
