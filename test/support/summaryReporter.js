// Ends every test run with the plain closing line CI reads: "N passed, N failed". It is written when the process
// exits, after Jest's own summary, so it is the last line of the output.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line = `${results.numPassedTests} passed, ${failed} failed\n`;
    process.once('exit', () => process.stdout.write(line));
  }
}
module.exports = SummaryReporter;
