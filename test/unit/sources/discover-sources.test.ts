import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { discoverSources } from "../../../src/sources/index.ts";

// Ignore files cannot live in the repository's fixtures (git would obey them), so each test builds
// its tree in a temporary directory.
// Temporary folders made by this suite, removed when it ends.
const made: string[] = [];
test.after(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "kubeward-sources-"));
  made.push(root);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}

const paths = async (root: string, args: string[]): Promise<string[]> => (await discoverSources(args, { cwd: root })).files.map((f) => f.path);

test("directories: recursive, manifest extensions only, sorted, .git and node_modules skipped", async () => {
  const root = tree({
    "k8s/b.yaml": "b",
    "k8s/a.yml": "a",
    "k8s/sub/c.json": "{}",
    "k8s/sub/README.md": "no",
    "k8s/Z.YAML": "upper-case extension",
    "k8s/.git/config.yaml": "no",
    "k8s/node_modules/pkg/x.yaml": "no",
    "k8s/aa/d.yaml": "d",
  });
  assert.equal(await paths(root, ["k8s"]), ["k8s/Z.YAML", "k8s/a.yml", "k8s/aa/d.yaml", "k8s/b.yaml", "k8s/sub/c.json"]);
  const r = await discoverSources(["k8s/b.yaml"], { cwd: root });
  assert.equal(r.files, [{ path: "k8s/b.yaml", text: "b" }]);
});

test(".gitignore: comments, globs, anchoring, dir-only, negation, **, ?, classes", async () => {
  const root = tree({
    ".gitignore": [
      "# a comment line",
      "*.gen.yaml",
      "!keep.gen.yaml",
      "/top-only.yaml",
      "build/",
      "docs/**/draft-*.yaml",
      "file?.yaml",
      "v[0-9].yaml",
      "\\#hash.yaml",
      "",
    ].join("\n"),
    "a.gen.yaml": "",
    "keep.gen.yaml": "",
    "top-only.yaml": "",
    "nested/top-only.yaml": "",
    "build/x.yaml": "",
    "nested/build/y.yaml": "",
    "build.yaml/z.yaml": "", // a directory named build.yaml is not `build/`
    "docs/draft-1.yaml": "",
    "docs/a/b/draft-2.yaml": "",
    "docs/a/final.yaml": "",
    "file1.yaml": "",
    "file10.yaml": "",
    "v1.yaml": "",
    "vx.yaml": "",
    "#hash.yaml": "",
  });
  assert.equal(await paths(root, ["."]), [
    "build.yaml/z.yaml",
    "docs/a/final.yaml",
    "file10.yaml",
    "keep.gen.yaml",
    "nested/top-only.yaml",
    "vx.yaml",
  ]);
});

test("nested ignore files apply below their directory and override outer ones; .kubewardignore wins over .gitignore", async () => {
  const root = tree({
    ".gitignore": "*.secret.yaml\n",
    "app/.gitignore": "!public.secret.yaml\nlocal/\n",
    "app/public.secret.yaml": "",
    "app/private.secret.yaml": "",
    "app/local/x.yaml": "",
    "app/deploy.yaml": "",
    "other/public.secret.yaml": "",
    "other/.gitignore": "skip.yaml\n",
    "other/.kubewardignore": "!skip.yaml\n*.tmp.yaml\n",
    "other/skip.yaml": "",
    "other/a.tmp.yaml": "",
    "sibling/skip.yaml": "",
  });
  assert.equal(await paths(root, ["."]), ["app/deploy.yaml", "app/public.secret.yaml", "other/skip.yaml", "sibling/skip.yaml"]);
});

test("a file inside an ignored directory cannot be re-included", async () => {
  const root = tree({ ".gitignore": "gen/\n!gen/keep.yaml\n", "gen/keep.yaml": "", "ok.yaml": "" });
  assert.equal(await paths(root, ["."]), ["ok.yaml"]);
});

test("an explicitly named file is read even if ignored or not a manifest extension", async () => {
  const root = tree({ ".gitignore": "*.yaml\n", "x.yaml": "x", "notes.txt": "t" });
  assert.equal(await paths(root, ["."]), []);
  assert.equal(await paths(root, ["x.yaml", "notes.txt"]), ["x.yaml", "notes.txt"]);
});

test("missing paths are io errors naming them; other inputs still load", async () => {
  const root = tree({ "a.yaml": "a" });
  const r = await discoverSources(["nope.yaml", "a.yaml", "missing-dir"], { cwd: root });
  assert.equal(r.files, [{ path: "a.yaml", text: "a" }]);
  assert.equal(
    r.errors.map((e) => [e.file, e.code]),
    [
      ["nope.yaml", "io"],
      ["missing-dir", "io"],
    ],
  );
  assert.match(r.errors[0]?.message ?? "", /nope\.yaml: no such file or directory/);
});

test("an unreadable file is an io error, not an exception", async () => {
  if (process.getuid?.() === 0) return; // root reads everything
  const root = tree({ "dir/locked.yaml": "x", "dir/open.yaml": "y" });
  fs.chmodSync(path.join(root, "dir/locked.yaml"), 0o000);
  const r = await discoverSources(["dir"], { cwd: root });
  assert.equal(r.files.map((f) => f.path), ["dir/open.yaml"]);
  assert.equal(r.errors.map((e) => [e.file, e.code]), [["dir/locked.yaml", "io"]]);
});

test("a dangling symlink named explicitly is an io error; inside a directory it is passed over", async () => {
  const root = tree({ "dir/ok.yaml": "y" });
  fs.symlinkSync(path.join(root, "gone.yaml"), path.join(root, "dir", "link.yaml"));
  const r = await discoverSources(["dir/link.yaml", "dir"], { cwd: root });
  assert.equal(r.files.map((f) => f.path), ["dir/ok.yaml"]);
  assert.equal(r.errors.map((e) => [e.file, e.code]), [["dir/link.yaml", "io"]]);
});

test("`-` reads stdin once, shown as <stdin>; without a stdin reader it is an io error", async () => {
  const root = tree({ "a.yaml": "a" });
  let reads = 0;
  const stdin = async (): Promise<string> => {
    reads++;
    return "kind: Pod";
  };
  const r = await discoverSources(["a.yaml", "-", "-"], { cwd: root, stdin });
  assert.equal(r.files, [
    { path: "a.yaml", text: "a" },
    { path: "<stdin>", text: "kind: Pod" },
  ]);
  assert.is(reads, 1);
  const none = await discoverSources(["-"], { cwd: root });
  assert.equal(none.errors.map((e) => [e.file, e.code]), [["<stdin>", "io"]]);
  const failing = await discoverSources(["-"], { cwd: root, stdin: () => Promise.reject(new Error("EPIPE")) });
  assert.equal(failing.errors.map((e) => e.code), ["io"]);
});

test("paths are relative to cwd when inside it, absolute outside; a file reached twice is read once", async () => {
  const root = tree({ "in/a.yaml": "a", "out/b.yaml": "b" });
  const cwd = path.join(root, "in");
  const r = await discoverSources([path.join(root, "in", "a.yaml"), "../out", ".", "a.yaml"], { cwd });
  assert.equal(r.files.map((f) => f.path), ["a.yaml", path.join(root, "out", "b.yaml")]);
});

test.run();
