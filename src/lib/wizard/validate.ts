/**
 * Everything that must hold for an assessment before it ships, in three
 * passes, each only once the one before found nothing that would make it
 * misleading:
 * 1. shape (schema.ts), with field paths;
 * 2. references: ids unique, clauses name questions and answers that exist
 *    (askIf only earlier questions), rules name results, shared facts fit;
 * 3. combinations: every complete combination of answers (depth first over
 *    the questions, honouring askIf) matches exactly one rule; no rule, result,
 *    note or question is dead; the no-JavaScript page count fits its budget.
 * Then, with the built documents given as functions: every anchor and quote.
 * It never throws: whatever the input, each problem is a message naming the
 * tree, where (question, rule, result, note) and the rule it breaks.
 */
import { clauseHolds, compile, firstHolding } from './compile.ts';
import { explore } from './combinations.ts';
import { wizardTreeSchema } from './schema.ts';
import { NOT_SURE, type SharedData, sharedSchema } from './shared.ts';
import { type Citation, type Clause, type DocLink, SKIPPED, type WizardTree } from './types.ts';

/** Every rule the validator applies; a problem names the one it breaks. */
export const RULES = [
  'schema',
  'duplicate-id',
  'duplicate-answer',
  'unknown-question',
  'unknown-answer',
  'forward-reference',
  'unknown-result',
  'tension-needs-two-citations',
  'unknown-fact',
  'shared-answers-mismatch',
  'unknown-fact-value',
  'never-asked',
  'gap',
  'overlap',
  'dead-rule',
  'unused-result',
  'dead-note',
  'too-many-combinations',
  'too-many-pages',
  'missing-anchor',
  'quote-not-found',
] as const;

export type ValidationRule = (typeof RULES)[number];

/** The rules for shared.json (validateShared). */
export const SHARED_RULES = ['schema', 'unknown-tree', 'unknown-result', 'missing-anchor', 'quote-not-found'] as const;
export type SharedRule = (typeof SHARED_RULES)[number];

export interface Problem {
  /** Tree id (or "(tree without id)"), or "shared" for shared.json. */
  tree: string;
  /** Where in the tree: 'question "q-role"', 'rule "red"', 'result "o-red"', 'note "n-meeting"'. */
  at?: string;
  rule: ValidationRule | SharedRule;
  /** 'tlp › rule "red" › when[1]: question "q-audiance" does not exist [unknown-question]' */
  message: string;
}

export interface SourceChecks {
  /** Does the built page of `doc` have an element with id `anchor`? */
  anchorExists?(doc: string, anchor: string): boolean;
  /** Is `quote` in the reading text of the built page of `doc`? */
  quoteFound?(doc: string, quote: string): boolean;
}

export interface ValidateOptions extends SourceChecks {
  /** shared.json, to check shared questions and results' `sets` (skipped if not given). */
  shared?: SharedData;
  /** Limits, for tests; default PAGE_BUDGET and MAX_COMBINATIONS. */
  pageBudget?: number;
  maxCombinations?: number;
  /** false: skip the combinations pass (already done, e.g. earlier in the same build). */
  combinations?: boolean;
}

/** noJs "pages" pre-renders one page per answer list: more than this, and the wizard should be a checklist. */
export const PAGE_BUDGET = 150;
/** Beyond this many combinations the search stops and says so, instead of running for minutes. */
export const MAX_COMBINATIONS = 2_000_000;
/** Examples of answers given in a gap or overlap message. */
const EXAMPLES = 3;

export interface TreeStats {
  combinations: number;
  /** Pages noJs "pages" would pre-render (whatever the mode). */
  prefixes: number;
  truncated: boolean;
  /** Milliseconds spent on the combinations pass. */
  ms: number;
}

export interface TreeReport {
  problems: Problem[];
  /** Set when the combinations pass ran. */
  stats?: TreeStats;
}

/** Checks `input` (parsed JSON, so unknown) and returns every problem found; [] means valid. */
export function validateTree(input: unknown, options: ValidateOptions = {}): Problem[] {
  return validateTreeReport(input, options).problems;
}

type MakeProblem<R extends string = ValidationRule> = (rule: R, detail: string, at?: string) => Problem;

const problemMaker =
  <R extends ValidationRule | SharedRule>(owner: string): MakeProblem<R> =>
  (rule, detail, at) => ({
    tree: owner,
    ...(at === undefined ? {} : { at }),
    rule,
    message: `${[owner, at, detail].filter((part) => part !== undefined).join(' › ')} [${rule}]`,
  });

/** validateTree, with the size of the search for the build's log. */
export function validateTreeReport(input: unknown, options: ValidateOptions = {}): TreeReport {
  const problem = problemMaker<ValidationRule>(treeIdOf(input));
  const parsed = wizardTreeSchema.safeParse(input);
  if (!parsed.success) return { problems: schemaProblems(input, parsed.error.issues, problem) };
  const tree: WizardTree = parsed.data;
  const references = referenceProblems(tree, problem);
  const blocking = references.some((p) => BLOCKING.has(p.rule));
  const problems = [...references, ...factProblems(tree, options.shared, problem)];
  let stats: TreeStats | undefined;
  if (!blocking && options.combinations !== false) {
    const found = combinationProblems(tree, problem, {
      pageBudget: options.pageBudget ?? PAGE_BUDGET,
      maxCombinations: options.maxCombinations ?? MAX_COMBINATIONS,
    });
    problems.push(...found.problems);
    stats = found.stats;
  }
  problems.push(...sourceProblems(tree, options, problem));
  return stats ? { problems, stats } : { problems };
}

/** Reference problems that would make the combinations pass report nonsense. */
const BLOCKING = new Set<Problem['rule']>([
  'duplicate-id',
  'duplicate-answer',
  'unknown-question',
  'unknown-answer',
  'forward-reference',
  'unknown-result',
]);

// ---------------------------------------------------------------- pass 1: shape

interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

function schemaProblems(input: unknown, issues: readonly Issue[], problem: MakeProblem<'schema'>): Problem[] {
  return issues.map((issue) => {
    const { at, field } = locate(input, issue.path);
    // schema.ts messages start with the field's own name; the full path replaces it.
    const own = `${String(issue.path.at(-1) ?? '')}: `;
    const text = issue.message.startsWith(own) ? issue.message.slice(own.length) : issue.message;
    return problem('schema', field === undefined ? text : `${field}: ${text}`, at);
  });
}

const LIST_KINDS: Record<string, string> = {
  questions: 'question',
  results: 'result',
  rules: 'rule',
  notes: 'note',
  conflicts: 'conflict',
};

/** The element an issue path points into (by id where it has one) and the field path inside it. */
function locate(input: unknown, path: readonly PropertyKey[]): { at?: string; field?: string } {
  const format = (p: readonly PropertyKey[]) =>
    p.length === 0
      ? undefined
      : p.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`)).join('');
  const [list, index] = path;
  const kind = typeof list === 'string' ? LIST_KINDS[list] : undefined;
  if (kind && typeof index === 'number') {
    const items = isRecord(input) && Array.isArray(input[list as string]) ? (input[list as string] as unknown[]) : [];
    const raw = items[index];
    const at =
      isRecord(raw) && typeof raw.id === 'string' && raw.id !== ''
        ? `${kind} "${raw.id}"`
        : `${String(list)}[${index}]`;
    const field = format(path.slice(2));
    return field === undefined ? { at } : { at, field };
  }
  const field = format(path);
  return field === undefined ? {} : { field };
}

// ---------------------------------------------------------------- pass 2: references

const where = {
  question: (id: string) => `question "${id}"`,
  rule: (id: string) => `rule "${id}"`,
  result: (id: string) => `result "${id}"`,
  note: (id: string) => `note "${id}"`,
};

function referenceProblems(tree: WizardTree, problem: MakeProblem): Problem[] {
  const problems: Problem[] = [];
  const duplicates = (kind: keyof typeof where, ids: string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id))
        problems.push(problem('duplicate-id', `${kind} id "${id}" is used more than once`, where[kind](id)));
      seen.add(id);
    }
  };
  duplicates(
    'question',
    tree.questions.map((q) => q.id),
  );
  duplicates(
    'result',
    tree.results.map((r) => r.id),
  );
  duplicates(
    'rule',
    tree.rules.map((r) => r.id),
  );
  duplicates(
    'note',
    (tree.notes ?? []).map((n) => n.id),
  );

  for (const q of tree.questions) {
    const seen = new Set<string>();
    for (const a of q.answers) {
      if (seen.has(a.id))
        problems.push(
          problem(
            'duplicate-answer',
            `answer id "${a.id}" is used more than once in this question`,
            where.question(q.id),
          ),
        );
      seen.add(a.id);
    }
  }

  const position = new Map<string, number>();
  tree.questions.forEach((q, i) => {
    if (!position.has(q.id)) position.set(q.id, i);
  });
  const checkClauses = (clauses: Clause[], field: string, at: string, askedAt?: number) => {
    clauses.forEach((clause, i) => {
      for (const [questionId, answerIds] of Object.entries(clause)) {
        const q = position.get(questionId);
        const label = `${field}[${i}]`;
        if (q === undefined) {
          problems.push(problem('unknown-question', `${label}: question "${questionId}" does not exist`, at));
          continue;
        }
        if (askedAt !== undefined && q >= askedAt) {
          problems.push(
            problem(
              'forward-reference',
              q === askedAt
                ? `${label}: a question cannot depend on its own answer`
                : `${label}: question "${questionId}" is asked later (questions are asked in list order; askIf may only look at earlier ones)`,
              at,
            ),
          );
        }
        const known = new Set(tree.questions[q]!.answers.map((a) => a.id));
        for (const answerId of answerIds) {
          if (answerId !== SKIPPED && !known.has(answerId)) {
            problems.push(
              problem(
                'unknown-answer',
                `${label}: "${answerId}" is not an answer of question "${questionId}" (its answers: ${[...known].join(', ')}; or "${SKIPPED}")`,
                at,
              ),
            );
          }
        }
      }
    });
  };
  tree.questions.forEach((q, i) => {
    if (q.askIf) checkClauses(q.askIf, 'askIf', where.question(q.id), i);
  });
  const resultIds = new Set(tree.results.map((r) => r.id));
  const knownResults = [...resultIds].join(', ');
  for (const rule of tree.rules) {
    checkClauses(rule.when, 'when', where.rule(rule.id));
    if (!resultIds.has(rule.result)) {
      problems.push(
        problem(
          'unknown-result',
          `result "${rule.result}" does not exist (results: ${knownResults})`,
          where.rule(rule.id),
        ),
      );
    }
  }
  for (const note of tree.notes ?? []) {
    checkClauses(note.when, 'when', where.note(note.id));
    for (const id of note.results ?? []) {
      if (!resultIds.has(id))
        problems.push(
          problem('unknown-result', `results: "${id}" does not exist (results: ${knownResults})`, where.note(note.id)),
        );
    }
    if (note.kind === 'tension' && note.citations.length < 2) {
      problems.push(
        problem(
          'tension-needs-two-citations',
          `a tension note quotes both passages that pull apart: give at least 2 citations (it has ${note.citations.length})`,
          where.note(note.id),
        ),
      );
    }
  }
  return problems;
}

function factProblems(tree: WizardTree, shared: SharedData | undefined, problem: MakeProblem): Problem[] {
  if (!shared) return [];
  const problems: Problem[] = [];
  const known = Object.keys(shared.facts).join(', ') || '(none)';
  for (const q of tree.questions) {
    if (q.shared === undefined) continue;
    const fact = shared.facts[q.shared];
    if (!fact) {
      problems.push(
        problem(
          'unknown-fact',
          `shared: fact "${q.shared}" is not in shared.json (facts: ${known})`,
          where.question(q.id),
        ),
      );
      continue;
    }
    const values = Object.keys(fact.values);
    const answers = q.answers.map((a) => a.id);
    const missing = values.filter((v) => !answers.includes(v));
    const extra = answers.filter((a) => !values.includes(a) && a !== NOT_SURE);
    if (missing.length > 0 || extra.length > 0) {
      const parts = [
        missing.length > 0 ? `missing ${missing.map((v) => `"${v}"`).join(', ')}` : '',
        extra.length > 0 ? `not values of the fact: ${extra.map((v) => `"${v}"`).join(', ')}` : '',
      ].filter(Boolean);
      problems.push(
        problem(
          'shared-answers-mismatch',
          `shared "${q.shared}": the answers must be exactly the fact's values (${values.join(', ')}), plus "${NOT_SURE}" if you like; ${parts.join('; ')}`,
          where.question(q.id),
        ),
      );
    }
  }
  for (const r of tree.results) {
    for (const [key, value] of Object.entries(r.sets ?? {})) {
      const fact = shared.facts[key];
      if (!fact)
        problems.push(
          problem('unknown-fact', `sets: fact "${key}" is not in shared.json (facts: ${known})`, where.result(r.id)),
        );
      else if (!(value in fact.values))
        problems.push(
          problem(
            'unknown-fact-value',
            `sets: "${value}" is not a value of fact "${key}" (values: ${Object.keys(fact.values).join(', ')})`,
            where.result(r.id),
          ),
        );
    }
  }
  return problems;
}

// ---------------------------------------------------------------- pass 3: combinations

/** "q-role = originator, q-audience = meeting, q-received = skipped" */
function describeValues(tree: WizardTree, values: readonly number[]): string {
  return tree.questions
    .map((q, i) => `${q.id} = ${values[i] === q.answers.length ? SKIPPED : q.answers[values[i]!]!.id}`)
    .join(', ');
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

const examples = (found: { count: number; examples: string[] }) =>
  found.examples.length === 1 ? `: ${found.examples[0]}` : `, e.g.\n      ${found.examples.join('\n      ')}`;

function combinationProblems(
  tree: WizardTree,
  problem: MakeProblem,
  limits: { pageBudget: number; maxCombinations: number },
): { problems: Problem[]; stats: TreeStats } {
  const started = performance.now();
  const c = compile(tree);
  const problems: Problem[] = [];
  const gap = { count: 0, examples: [] as string[] };
  const overlaps = new Map<string, { a: number; b: number; count: number; examples: string[] }>();
  const clauseHits = c.rules.map((r) => r.clauses.map(() => 0));
  const ruleHits = c.rules.map(() => 0);
  const noteHits = c.notes.map(() => 0);
  const asked = c.questions.map(() => 0);
  const matched: number[] = [];

  // The hot loop (up to millions of combinations): plain loops, no allocation per combination.
  const resultIndex = new Map(tree.results.map((r, i) => [r.id, i]));
  const resultHitCounts = tree.results.map(() => 0);
  const ruleResult = c.rules.map((r) => (r.result ? (resultIndex.get(r.result.id) ?? -1) : -1));
  const noteFor = c.notes.map((n) => tree.results.map((r) => n.results === undefined || n.results.has(r.id)));
  const exploration = explore(
    tree,
    (values) => {
      matched.length = 0;
      for (let i = 0; i < c.rules.length; i++) {
        const clauses = c.rules[i]!.clauses;
        const hits = clauseHits[i]!;
        let any = false;
        for (let k = 0; k < clauses.length; k++) {
          if (clauseHolds(clauses[k]!, values)) {
            hits[k]!++;
            any = true;
          }
        }
        if (any) matched.push(i);
      }
      if (matched.length === 0) {
        gap.count++;
        if (gap.examples.length < EXAMPLES) gap.examples.push(describeValues(tree, values));
        return;
      }
      for (const i of matched) ruleHits[i]!++;
      if (matched.length > 1) {
        for (let x = 0; x < matched.length; x++)
          for (let y = x + 1; y < matched.length; y++) {
            const key = `${matched[x]}|${matched[y]}`;
            let o = overlaps.get(key);
            if (!o) {
              o = { a: matched[x]!, b: matched[y]!, count: 0, examples: [] };
              overlaps.set(key, o);
            }
            o.count++;
            if (o.examples.length < EXAMPLES) o.examples.push(describeValues(tree, values));
          }
        return;
      }
      const result = ruleResult[matched[0]!]!;
      if (result < 0) return;
      resultHitCounts[result]!++;
      for (let n = 0; n < c.notes.length; n++) {
        if (noteFor[n]![result] && firstHolding(c.notes[n]!.clauses, values) >= 0) noteHits[n]!++;
      }
    },
    { limit: limits.maxCombinations, onAsked: (q) => asked[q]!++ },
  );
  const stats: TreeStats = {
    combinations: exploration.combinations,
    prefixes: exploration.prefixes,
    truncated: exploration.truncated,
    ms: performance.now() - started,
  };

  if (exploration.truncated) {
    problems.push(
      problem(
        'too-many-combinations',
        `more than ${limits.maxCombinations.toLocaleString('en')} combinations of answers: the search stopped, so gaps, overlaps and dead rules were not all checked; skip what cannot apply with askIf, or split the assessment`,
      ),
    );
    return { problems, stats };
  }
  if (tree.noJs === 'pages' && exploration.prefixes > limits.pageBudget) {
    problems.push(
      problem(
        'too-many-pages',
        `noJs "pages" would pre-render ${plural(exploration.prefixes, 'page')}, more than the budget of ${limits.pageBudget}: set noJs to "checklist" (the whole questionnaire on one page), or ask fewer questions or answers`,
      ),
    );
  }
  c.questions.forEach((q, i) => {
    if (asked[i] === 0)
      problems.push(
        problem(
          'never-asked',
          'its askIf holds for no combination of earlier answers, so it is never asked',
          where.question(q.id),
        ),
      );
  });
  if (gap.count > 0) {
    problems.push(
      problem(
        'gap',
        `no rule matches ${plural(gap.count, 'combination')} of answers${examples(gap)}\n    add a rule (or widen a clause) for them`,
      ),
    );
  }
  for (const o of overlaps.values()) {
    const [a, b] = [c.rules[o.a]!.rule.id, c.rules[o.b]!.rule.id];
    problems.push(
      problem(
        'overlap',
        `rules "${a}" and "${b}" both match ${plural(o.count, 'combination')} of answers${examples(o)}\n    narrow one of them so each combination has one result`,
        where.rule(a),
      ),
    );
  }
  c.rules.forEach((r, i) => {
    if (ruleHits[i] === 0) {
      problems.push(
        problem('dead-rule', 'no combination of answers matches any of its clauses', where.rule(r.rule.id)),
      );
      return;
    }
    clauseHits[i]!.forEach((hits, k) => {
      if (hits === 0)
        problems.push(problem('dead-rule', `when[${k}] holds for no combination of answers`, where.rule(r.rule.id)));
    });
  });
  for (const [i, r] of tree.results.entries()) {
    if (resultHitCounts[i] === 0) {
      const named = tree.rules.some((rule) => rule.result === r.id);
      problems.push(
        problem(
          'unused-result',
          named ? 'no combination of answers leads here (its rules never match alone)' : 'no rule leads to this result',
          where.result(r.id),
        ),
      );
    }
  }
  c.notes.forEach((n, i) => {
    if (noteHits[i] === 0) {
      const scope = n.results ? ` with result${n.results.size === 1 ? '' : 's'} ${[...n.results].join(', ')}` : '';
      problems.push(
        problem(
          'dead-note',
          `its when holds for no combination of answers${scope}, so it is never shown`,
          where.note(n.note.id),
        ),
      );
    }
  });
  return { problems, stats };
}

// ---------------------------------------------------------------- sources

function sourceProblems(tree: WizardTree, checks: SourceChecks, problem: MakeProblem): Problem[] {
  const problems: Problem[] = [];
  const { anchorExists, quoteFound } = checks;
  const link = (what: string, target: { doc: string; anchor: string }, at?: string) => {
    if (anchorExists && !anchorExists(target.doc, target.anchor)) {
      problems.push(
        problem(
          'missing-anchor',
          `${what} → ${target.doc}#${target.anchor}: no element with that id in the built page`,
          at,
        ),
      );
    }
  };
  const cite = (what: string, citation: Citation, at: string) => {
    link(what, citation, at);
    if (quoteFound && !quoteFound(citation.doc, citation.quote)) {
      problems.push(
        problem(
          'quote-not-found',
          `${what} quote "${shorten(citation.quote)}" is not in the text of ${citation.doc}`,
          at,
        ),
      );
    }
  };
  const links = (what: string, list: DocLink[] | undefined, at: string) =>
    (list ?? []).map((l, i) => link(`${what} ${i + 1} ("${l.label}")`, l, at));

  link('embedIn', tree.embedIn);
  for (const q of tree.questions) cite('why', q.why, where.question(q.id));
  for (const r of tree.results) {
    for (const [i, c] of r.citations.entries()) cite(`citation ${i + 1}`, c, where.result(r.id));
    links('example', r.examples, where.result(r.id));
    links('next step', r.nextSteps, where.result(r.id));
  }
  for (const n of tree.notes ?? []) {
    for (const [i, c] of n.citations.entries()) cite(`citation ${i + 1}`, c, where.note(n.id));
  }
  return problems;
}

const shorten = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

function treeIdOf(input: unknown): string {
  const id = isRecord(input) ? input.id : undefined;
  return typeof id === 'string' && id !== '' ? id : '(tree without id)';
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

// ---------------------------------------------------------------- shared.json

/**
 * Checks shared.json: its shape, and that each conflict names wizards and
 * results that exist (among `trees`, which should be valid), with its quotes
 * found. Problems are owned by "shared".
 */
export function validateShared(input: unknown, trees: readonly WizardTree[], checks: SourceChecks = {}): Problem[] {
  const problem = problemMaker<SharedRule>('shared');
  const parsed = sharedSchema.safeParse(input);
  if (!parsed.success) return schemaProblems(input, parsed.error.issues, problem);
  const problems: Problem[] = [];
  const byId = new Map(trees.map((t) => [t.id, t]));
  for (const conflict of parsed.data.conflicts) {
    const at = `conflict "${conflict.id}"`;
    for (const [treeId, resultIds] of Object.entries(conflict.when)) {
      const tree = byId.get(treeId);
      if (!tree) {
        problems.push(
          problem(
            'unknown-tree',
            `when: wizard "${treeId}" does not exist (wizards: ${[...byId.keys()].join(', ')})`,
            at,
          ),
        );
        continue;
      }
      for (const id of resultIds) {
        if (!tree.results.some((r) => r.id === id))
          problems.push(
            problem(
              'unknown-result',
              `when.${treeId}: "${id}" is not a result of ${treeId} (results: ${tree.results.map((r) => r.id).join(', ')})`,
              at,
            ),
          );
      }
    }
    for (const [i, c] of conflict.citations.entries()) {
      if (checks.anchorExists && !checks.anchorExists(c.doc, c.anchor))
        problems.push(
          problem(
            'missing-anchor',
            `citation ${i + 1} → ${c.doc}#${c.anchor}: no element with that id in the built page`,
            at,
          ),
        );
      if (checks.quoteFound && !checks.quoteFound(c.doc, c.quote))
        problems.push(
          problem(
            'quote-not-found',
            `citation ${i + 1} quote "${shorten(c.quote)}" is not in the text of ${c.doc}`,
            at,
          ),
        );
    }
  }
  return problems;
}

/**
 * For the build: throws one Error listing every problem of every tree (and
 * of shared.json, if given), or returns the search sizes per tree.
 */
export function assertValidTrees(
  trees: readonly unknown[],
  options: ValidateOptions & { sharedInput?: unknown } = {},
): Map<string, TreeStats> {
  const stats = new Map<string, TreeStats>();
  const problems: Problem[] = [];
  for (const tree of trees) {
    const report = validateTreeReport(tree, options);
    problems.push(...report.problems);
    if (report.stats) stats.set(treeIdOf(tree), report.stats);
  }
  if (options.sharedInput !== undefined) {
    const valid = trees.filter((t) => wizardTreeSchema.safeParse(t).success) as WizardTree[];
    problems.push(...validateShared(options.sharedInput, valid, options));
  }
  const ids = trees.map(treeIdOf);
  const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
  const all = [
    ...problems.map((p) => p.message),
    ...[...new Set(repeated)].map((id) => `${id} › tree id is used by more than one tree [duplicate-tree]`),
  ];
  if (all.length > 0) {
    throw new Error(`${all.length} problem${all.length === 1 ? '' : 's'} in the wizards:\n  ${all.join('\n  ')}`);
  }
  return stats;
}
