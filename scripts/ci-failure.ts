// node scripts/ci-failure.ts: run by the publishing workflow when a step failed. Says in Vietnamese, in
// the job summary and the log, which step stopped the publication, what it means and what to do.
// Each step's outcome comes from the workflow as STEP_<NAME>=success|failure|skipped|cancelled.
import { appendFileSync } from 'node:fs';
import { failureExplanation } from '../src/lib/publish/ci-failure.ts';

const text = failureExplanation(process.env);
console.log(text);
if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${text}\n`);
