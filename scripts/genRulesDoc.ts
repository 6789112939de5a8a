// Writes docs/rules.md from the rule catalogue. Run with `npm run docs:rules`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ALL_RULES } from '../src/rules';
import { renderRulesDoc } from '../src/rules/rulesDoc';

const target = join(process.cwd(), 'docs', 'rules.md');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, renderRulesDoc(ALL_RULES));
process.stdout.write(`wrote ${target} (${ALL_RULES.length} rules)\n`);
