/**
 * Keeps the machine's fonts out of the Typst compilers of this process. typst-ts has no switch for that: when a
 * compiler is created it always asks fontconfig's configuration (fontdb reads FONTCONFIG_FILE, else
 * /etc/fonts/fonts.conf) for the folders to scan, and falls back to /usr/share/fonts and friends when that names no
 * folder. So while a compiler is created, FONTCONFIG_FILE points at a configuration that names one folder that does
 * not exist; the scan happens then and only then, and the variable is restored right after (child processes keep
 * theirs).
 *
 * The compiler's native code reads the process's environment, which only the main thread's `process.env` changes (a
 * worker thread's is a copy of its own): the main thread holds the setting while the PDF worker starts and creates
 * its compiler. No Typst import here, so the main thread can hold it without loading the compiler.
 */
import { rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

let holds = 0;
let restore: (() => void) | undefined;

/**
 * Points FONTCONFIG_FILE at a configuration without font folders until the returned function is called (once; more
 * calls do nothing). Holds nest: the variable is restored and the configuration removed when the last is released.
 */
export function holdSystemFontsAway(): () => void {
  if (holds === 0) {
    const config = join(tmpdir(), `gastvrij-typst-fonts-${process.pid}-${Date.now()}.conf`);
    // A folder nobody makes: the configuration file's own name plus a suffix.
    const noFolder = `${config}.none`.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
    writeFileSync(config, `<?xml version="1.0"?>\n<fontconfig><dir>${noFolder}</dir></fontconfig>\n`);
    const previous = process.env.FONTCONFIG_FILE;
    process.env.FONTCONFIG_FILE = config;
    restore = () => {
      if (previous === undefined) delete process.env.FONTCONFIG_FILE;
      else process.env.FONTCONFIG_FILE = previous;
      rmSync(config, { force: true });
    };
  }
  holds += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holds -= 1;
    if (holds === 0) restore?.();
  };
}
