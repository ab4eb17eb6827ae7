import { z } from 'zod';
import { fail } from '../errors.js';
import { SCHEMAS } from '../schemas.js';
import { type Command, printJson } from './shared.js';

/** The JSON Schema (draft 2020-12) of one named format. */
export function jsonSchemaOf(name: string): unknown {
  const s = SCHEMAS[name];
  if (!s) fail(`schema: unknown schema "${name}" (known: ${Object.keys(SCHEMAS).join(', ')})`);
  return {
    title: name,
    description: s.about,
    ...(z.toJSONSchema(s.schema, {
      io: s.kind === 'input' ? 'input' : 'output',
      unrepresentable: 'any',
    }) as object),
  };
}

export const schema: Command = {
  spec: {
    name: 'schema',
    usage: 'schema [name]',
    summary:
      'Prints the JSON Schema of every input and output format (or of one: appraisal, appraisal-csv-row, org-predikat, team-member, score-result, rejection, score-summary, calibrate-output, audit-output, explain-output).',
    options: {},
    details:
      'Without a name the output is one JSON object: name → JSON Schema (--json is implied).',
  },
  async run(p, io) {
    const [name, ...rest] = p.positionals;
    if (rest.length > 0) fail('schema: expects at most one schema name');
    if (name !== undefined) printJson(io, jsonSchemaOf(name));
    else printJson(io, Object.fromEntries(Object.keys(SCHEMAS).map((n) => [n, jsonSchemaOf(n)])));
    return 0;
  },
};
