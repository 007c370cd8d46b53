// Validates JSON Resume files against the official schema (@jsonresume/schema), twice:
// with the package's own validator and with ajv + ajv-formats (stricter formats), so a
// file passes only if both agree. Takes file paths; prints one JSON line per file:
// {"file": …, "errors": ["<path> <message>", …]}. Exits 0 whatever the results (the
// Rust test judges them), 2 when a package is missing.
// Run with NODE_PATH pointing at .ci/cache/node_modules (see tests/resume_schema.rs).
'use strict';
const fs = require('fs');

let official, Ajv, addFormats;
try {
  official = require('@jsonresume/schema');
  Ajv = require('ajv');
  addFormats = require('ajv-formats');
} catch (e) {
  console.error(`missing npm package (${e.message}): install the test tools with \`bash .ci/deps.sh\``);
  process.exit(2);
}

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const check = ajv.compile(official.schema);

for (const file of process.argv.slice(2)) {
  const errors = [];
  let data;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    errors.push(`not JSON: ${e.message}`);
  }
  if (data !== undefined) {
    official.validate(data, (errs) => {
      for (const e of errs || []) errors.push(`${e.property} ${e.message} (jsonschema)`);
    });
    if (!check(data)) {
      for (const e of check.errors) errors.push(`${e.instancePath || '/'} ${e.message} (ajv)`);
    }
  }
  console.log(JSON.stringify({ file, errors }));
}
