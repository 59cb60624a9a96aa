#!/usr/bin/env node
// Prints the gzipped size of the JavaScript index.html loads at start (entry + modulepreloads)
// and fails above the budget (BUDGET_KB, default 200).
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "dist");
const html = readFileSync(path.join(dist, "index.html"), "utf8");
const files = new Set();
for (const m of html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)) files.add(m[1]);
for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)) files.add(m[1]);
if (files.size === 0) throw new Error("no module script found in dist/index.html");
let total = 0;
for (const f of files) total += gzipSync(readFileSync(path.join(dist, f.replace(/^\//, "")))).length;
const budget = Number(process.env.BUDGET_KB ?? 200);
const kb = (total / 1000).toFixed(1);
console.log(`Initial JS: ${kb} kB gzipped (${files.size} file(s), budget ${budget} kB)`);
if (total > budget * 1000) {
  console.error(`Initial JS is over the ${budget} kB budget`);
  process.exit(1);
}
