// gator's assertion semantics (pkg/gator/verify/assertion.go): a violation counts when its message
// matches the assertion's regex (every violation counts without one); `violations: N` wants exactly
// N counted, `yes` at least one (the default), `no` none. Failure texts follow gator's wording.
import type { SuiteAssertion } from "../parse/gator-suite.ts";
import { compileGoRegexp } from "../util/go-regexp.ts";

export type AssertionOutcome = { ok: true } | { ok: false; problem: string; invalid?: boolean };

export function checkAssertion(assertion: SuiteAssertion, messages: readonly string[]): AssertionOutcome {
  let regex: RegExp | undefined;
  if (assertion.message !== undefined) {
    const compiled = compileGoRegexp(assertion.message);
    if (typeof compiled === "string") return { ok: false, invalid: true, problem: `invalid message regex ${JSON.stringify(assertion.message)}: ${compiled}` };
    regex = compiled;
  }
  const matching = regex ? messages.filter((m) => regex.test(m)).length : messages.length;
  const containing = assertion.message !== undefined ? ` containing ${JSON.stringify(assertion.message)}` : "";
  const want = assertion.violations;
  let problem: string | undefined;
  if (typeof want === "number" && matching !== want) problem = `got ${matching} violations${containing} but want exactly ${want}`;
  if (want === "yes" && matching === 0) problem = `got 0 violations${containing} but want at least 1`;
  if (want === "no" && matching > 0) problem = `got ${matching} violations${containing} but want none`;
  return problem === undefined ? { ok: true } : { ok: false, problem };
}
