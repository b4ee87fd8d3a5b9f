/** The path of the CLI's compiled entry (`cli.mjs`), built first when its sources changed (see cli-bundle.mjs). */
export function ensureCliBundle(options?: { root?: string; log?: (line: string) => void }): Promise<string>;
