import Testing

@testable import CandorKit

/// The planner's word tests on posting lines and statements read only the words they need,
/// on bytes where they can, and answer as the whole-line character split did.
@Suite struct PostingLineWordTests {
  @Test func upkeepIsAWholeUpkeepWordInAnyCaseAndScript() {
    #expect(ClosingPlanner.isUpkeep("Keep the prep area CLEAN and tidy"))
    #expect(ClosingPlanner.isUpkeep("Take out the trash/garbage at close"))
    #expect(ClosingPlanner.isUpkeep("Café floor: sweep nightly"))
    #expect(ClosingPlanner.isUpkeep("Nettoyer la cuisine – clean"))
    #expect(ClosingPlanner.isUpkeep("Write clean-room procedures"))
    #expect(!ClosingPlanner.isUpkeep("Cleanse data and sweeping reviews"))
    #expect(!ClosingPlanner.isUpkeep("Neatly café-garbages"))
    #expect(!ClosingPlanner.isUpkeep(""))
  }

  @Test func applicationStepIsReadFromTheFirstWordOnly() {
    #expect(ClosingPlanner.isApplicationStep("Apply with a resume and cover letter"))
    #expect(ClosingPlanner.isApplicationStep("  Please send your CV to the hiring desk"))
    #expect(!ClosingPlanner.isApplicationStep("We apply models; send a resume"))
    #expect(!ClosingPlanner.isApplicationStep("Submit weekly reports"))
  }

  @Test func sideTaskReadsTheFirstTwoWordsAndTheOccasionalPhrases() {
    #expect(SideTask.isSideTask("Helped with inventory counts every quarter"))
    #expect(SideTask.isSideTask("Assist on audits."))
    #expect(!SideTask.isSideTask("Helped"))
    #expect(!SideTask.isSideTask("Helped customers with returns"))
    #expect(SideTask.isSideTask("Covered the front desk on weekends"))
    #expect(!SideTask.isSideTask("Led a team of 6 with care"))
  }
}
