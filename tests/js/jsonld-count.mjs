// Reads a JSON-LD file with jsonld.js and prints its quads as N-Quads (one per line) on stdout.
// Usage: NODE_PATH=... node jsonld-count.mjs FILE [json-ld-1.0|json-ld-1.1]
import { createRequire } from "module";
import { readFileSync } from "fs";
const require = createRequire(process.env.JSONLD_JS + "/");
const jsonld = require("jsonld");
const doc = JSON.parse(readFileSync(process.argv[2], "utf8"));
const mode = process.argv[3] || "json-ld-1.1";
const nq = await jsonld.toRDF(doc, { format: "application/n-quads", processingMode: mode, safe: false });
process.stdout.write(nq);
