#!/usr/bin/env node
// The installed entry point: runs the bundled CLI and turns its return value into the exit code.
import { run } from "../dist/kubeward.mjs";

process.exitCode = await run();
