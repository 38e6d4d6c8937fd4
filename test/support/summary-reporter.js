/**
 * Prints, after Jest's own summary, the ten slowest test files (seconds each, to see where a CI run's
 * time goes) and one plain closing line, `jest: N passed, N failed, N skipped`, so a reader (or a CI
 * log scraper) sees the counts at a glance.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const files = results.testResults
      .map((file) => ({ path: file.testFilePath.replace(`${process.cwd()}/`, ''), seconds: (file.perfStats.end - file.perfStats.start) / 1000 }))
      .sort((a, b) => b.seconds - a.seconds);
    const total = files.reduce((sum, file) => sum + file.seconds, 0);
    const lines = files.slice(0, 10).map((file) => `  ${file.seconds.toFixed(0).padStart(5)} s  ${file.path}`);
    process.stdout.write(`\nslowest test files (of ${files.length}, ${total.toFixed(0)} s in all):\n${lines.join('\n')}\n`);
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(`\njest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`);
  }
}
module.exports = SummaryReporter;
