/** The path of the CLI's compiled entry (`cli.mjs`), built first when its sources changed (see cli-bundle.mjs). */
export function ensureCliBundle(options?: { root?: string; log?: (line: string) => void }): Promise<string>;

/** The environment the CLI runs in: `env` with glibc's malloc limited to two arenas unless `env` sets it. */
export function cliEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
