// Sums vitest's JSON reports into one closing line: "Tests: N passed, N failed".
import { readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
// A test file that fails to load runs no tests, so it shows only as a failed suite.
let brokenFiles = 0;
for (const file of process.argv.slice(2)) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  brokenFiles += report.numFailedTestSuites ?? 0;
}
console.log(`Tests: ${passed} passed, ${failed} failed; test files failed: ${brokenFiles}`);
process.exit(failed > 0 || brokenFiles > 0 || passed === 0 ? 1 : 0);
