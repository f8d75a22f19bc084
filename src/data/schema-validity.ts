// A yes-or-no reading of a valibot schema, for the loader's hot path. Checking 100,000 events
// with `safeParse` spends about half its time building (and then collecting) the copy of each
// record it returns; the loader only needs to know whether a record passes, and asks valibot
// itself for the reasons when it does not. The predicate is read from the schema's own
// description (its `type`, `entries`, `pipe`, `requirement`…), so the schema stays the single
// source of the rules; a property test holds the two to the same answers.

type Predicate = (input: unknown) => boolean;

/** The parts of a valibot schema or action this reads (see valibot's schema objects). */
interface SchemaNode {
  readonly kind: string;
  readonly type: string;
  readonly pipe?: readonly SchemaNode[];
  readonly entries?: Readonly<Record<string, SchemaNode>>;
  readonly item?: SchemaNode;
  readonly wrapped?: SchemaNode;
  readonly key?: SchemaNode;
  readonly value?: SchemaNode;
  readonly options?: readonly unknown[];
  readonly literal?: unknown;
  readonly requirement?: unknown;
  readonly default?: unknown;
  readonly fallback?: unknown;
}

/**
 * A predicate that says whether `schema` accepts an input, exactly as `v.safeParse(...).success`
 * would, without building an output. Undefined when the schema uses something this does not read
 * (a default, a transformation, a schema type not listed below): the caller then uses valibot alone.
 */
export function compileValidity(schema: unknown): Predicate | undefined {
  return compile(schema as SchemaNode);
}

function compile(node: SchemaNode): Predicate | undefined {
  if (node.default !== undefined || node.fallback !== undefined) return undefined;
  // A piped schema carries its base schema's type and lists the base first, then its actions.
  if (node.pipe) return compilePipe(node.pipe);
  switch (node.type) {
    case 'string':
      return (input) => typeof input === 'string';
    case 'number':
      return (input) => typeof input === 'number' && !Number.isNaN(input);
    case 'boolean':
      return (input) => typeof input === 'boolean';
    case 'literal':
      return (input) => input === node.literal;
    case 'picklist': {
      const options = node.options ?? [];
      return (input) => options.includes(input);
    }
    case 'optional': {
      const wrapped = node.wrapped && compile(node.wrapped);
      return wrapped && ((input) => input === undefined || wrapped(input));
    }
    case 'array': {
      const item = node.item && compile(node.item);
      return item && ((input) => Array.isArray(input) && everyElement(input, item));
    }
    case 'loose_object':
      return compileLooseObject(node.entries ?? {});
    case 'record': {
      const key = node.key && compile(node.key);
      const value = node.value && compile(node.value);
      return key && value && ((input) => isObject(input) && everyOwnEntry(input, key, value));
    }
    default:
      return undefined;
  }
}

function compilePipe(pipe: readonly SchemaNode[]): Predicate | undefined {
  const [base, ...actions] = pipe;
  const checks = [base && compile(base)];
  for (const action of actions) {
    if (action.kind !== 'metadata') checks.push(compileAction(action));
  }
  if (checks.some((check) => check === undefined)) return undefined;
  const all = checks as Predicate[];
  return (input) => {
    for (const check of all) if (!check(input)) return false;
    return true;
  };
}

function compileAction(action: SchemaNode): Predicate | undefined {
  const requirement = action.requirement;
  switch (action.type) {
    case 'regex':
      // A global or sticky pattern keeps a position between tests, shared with valibot's own.
      return requirement instanceof RegExp && !requirement.global && !requirement.sticky
        ? (input) => requirement.test(input as string)
        : undefined;
    case 'check':
      return typeof requirement === 'function' ? (input) => Boolean(requirement(input)) : undefined;
    case 'non_empty':
      return (input) => (input as { length: number }).length !== 0;
    case 'min_value':
      return (input) => (input as number) >= (requirement as number);
    case 'max_value':
      return (input) => (input as number) <= (requirement as number);
    case 'integer':
      return (input) => Number.isInteger(input);
    default:
      return undefined;
  }
}

function compileLooseObject(entries: Readonly<Record<string, SchemaNode>>): Predicate | undefined {
  const fields: { key: string; check: Predicate; optional: boolean }[] = [];
  for (const [key, schema] of Object.entries(entries)) {
    const check = compile(schema);
    if (!check) return undefined;
    fields.push({ key, check, optional: schema.type === 'optional' });
  }
  // As valibot reads it: a key counts as present when `in` finds it, and a missing key is an
  // issue unless its schema is optional. Keys of the author's own are kept, never checked.
  return (input) => {
    if (!isObject(input)) return false;
    for (const field of fields) {
      if (field.key in input) {
        if (!field.check((input as Record<string, unknown>)[field.key])) return false;
      } else if (!field.optional) {
        return false;
      }
    }
    return true;
  };
}

function isObject(input: unknown): input is object {
  return typeof input === 'object' && input !== null;
}

// Loops rather than `every` with an arrow: nothing is allocated per record checked.
function everyElement(input: readonly unknown[], item: Predicate): boolean {
  for (const element of input) if (!item(element)) return false;
  return true;
}

function everyOwnEntry(input: object, key: Predicate, value: Predicate): boolean {
  for (const entryKey in input) {
    // The keys valibot's record reads: own, and not one of those it never copies.
    if (
      !Object.hasOwn(input, entryKey) ||
      entryKey === '__proto__' ||
      entryKey === 'prototype' ||
      entryKey === 'constructor'
    ) {
      continue;
    }
    if (!key(entryKey) || !value((input as Record<string, unknown>)[entryKey])) return false;
  }
  return true;
}
