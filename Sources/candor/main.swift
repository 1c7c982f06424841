import CandorCLI
import Foundation

exit(CandorProgram.run(Array(CommandLine.arguments.dropFirst())))
