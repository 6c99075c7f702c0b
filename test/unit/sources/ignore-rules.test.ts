import { test } from "uvu";
import * as assert from "uvu/assert";
import { compileIgnorePattern, isIgnored, parseIgnoreFile } from "../../../src/sources/ignore-rules.ts";

const matches = (pattern: string, rel: string, isDir = false): boolean => {
  const rule = compileIgnorePattern(pattern);
  if (!rule) throw new Error(`no rule from ${pattern}`);
  return (!rule.dirOnly || isDir) && rule.regex.test(rel);
};

test("unanchored patterns match the name at any depth; anchored ones only from the base", () => {
  assert.ok(matches("*.yaml", "a/b/c.yaml"));
  assert.ok(matches("/c.yaml", "c.yaml"));
  assert.not.ok(matches("/c.yaml", "a/c.yaml"));
  assert.ok(matches("a/c.yaml", "a/c.yaml"));
  assert.not.ok(matches("a/c.yaml", "x/a/c.yaml"));
});

test("** forms", () => {
  assert.ok(matches("**/tmp", "tmp"));
  assert.ok(matches("**/tmp", "a/b/tmp"));
  assert.ok(matches("a/**/z.yaml", "a/z.yaml"));
  assert.ok(matches("a/**/z.yaml", "a/b/c/z.yaml"));
  assert.ok(matches("a/**", "a/b/c"));
  assert.not.ok(matches("a/**", "b/a/c"));
  assert.not.ok(matches("/*.yaml", "a/b.yaml"));
});

test("? and classes never cross a slash", () => {
  assert.ok(matches("f?.yaml", "f1.yaml"));
  assert.not.ok(matches("f?.yaml", "f/.yaml"));
  assert.ok(matches("[abc].yaml", "b.yaml"));
  assert.not.ok(matches("[!abc].yaml", "b.yaml"));
  assert.ok(matches("[^abc].yaml", "d.yaml"));
  assert.ok(matches("v[0-9].yaml", "v7.yaml"));
});

test("dir-only, escapes, comments and trailing spaces", () => {
  assert.ok(matches("build/", "build", true));
  assert.not.ok(matches("build/", "build", false));
  assert.ok(matches("\\!important.yaml", "!important.yaml"));
  assert.is(compileIgnorePattern("# comment"), undefined);
  assert.is(compileIgnorePattern("   "), undefined);
  assert.ok(matches("a.yaml   ", "a.yaml"));
  assert.ok(matches("a.yaml\\ ", "a.yaml "));
  assert.ok(matches("a.b", "a.b"));
  assert.not.ok(matches("a.b", "axb"));
});

test("last match wins, deeper files win", () => {
  const stack = [
    { base: "/r", rules: parseIgnoreFile("*.yaml\n!keep.yaml\n") },
    { base: "/r/sub", rules: parseIgnoreFile("keep.yaml\n") },
  ];
  assert.ok(isIgnored(stack, "/r/x.yaml", false));
  assert.not.ok(isIgnored(stack, "/r/keep.yaml", false));
  assert.ok(isIgnored(stack, "/r/sub/keep.yaml", false));
  assert.not.ok(isIgnored(stack, "/r/x.json", false));
});

test.run();
