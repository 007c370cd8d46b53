// Validates JSON files against one JSON Schema with ajv, the validator many editors'
// YAML language servers are built on. The schema is compiled in strict mode, so a
// keyword ajv does not know or a contradiction in the schema is an error too.
// Usage: node validate.js SCHEMA.json FILE.json…; prints one JSON line per file:
// {"file": …, "errors": ["<path> <message>", …]}. Exits 1 when the schema does not
// compile, 2 when ajv is missing, 0 otherwise (the Rust test judges the results).
// Run with NODE_PATH pointing at .ci/cache/node_modules (see tests/editor_schemas.rs).
'use strict';
const fs = require('fs');

let Ajv;
try {
  Ajv = require('ajv');
} catch (e) {
  console.error(`missing npm package (${e.message}): install the test tools with \`bash .ci/deps.sh\``);
  process.exit(2);
}

const [schemaFile, ...files] = process.argv.slice(2);
let check;
try {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  check = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
} catch (e) {
  console.error(`${schemaFile}: ${e.message}`);
  process.exit(1);
}
for (const file of files) {
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  const errors = check(data)
    ? []
    : check.errors.map((e) => `${e.instancePath || '/'} ${e.message}${e.params && e.params.additionalProperty ? ` (${e.params.additionalProperty})` : ''}`);
  console.log(JSON.stringify({ file, errors }));
}
