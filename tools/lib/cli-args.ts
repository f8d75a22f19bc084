// The few command-line shapes the dataset tools take: flags, "--name value" options and
// positional file names. Small enough that a dependency would cost more than it saves.

export interface CliArgs {
  readonly positional: readonly string[];
  option(...names: string[]): string | undefined;
  flag(name: string): boolean;
  /** Options and flags given that the tool does not know. */
  unknown(known: readonly string[]): string[];
}

export function parseCliArgs(
  args: readonly string[],
  optionsWithValue: readonly string[],
): CliArgs {
  const positional: string[] = [];
  const given: string[] = [];
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg.startsWith('-') && arg.length > 1) {
      given.push(arg);
      if (optionsWithValue.includes(arg)) {
        values.set(arg, args[i + 1] ?? '');
        i++;
      }
    } else {
      positional.push(arg);
    }
  }
  return {
    positional,
    option: (...names) => names.map((name) => values.get(name)).find((v) => v !== undefined),
    flag: (name) => given.includes(name),
    unknown: (known) => given.filter((arg) => !known.includes(arg)),
  };
}
