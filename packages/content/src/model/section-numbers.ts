/** Section numbers such as `3.12`: chapter number, a dot, the place in the chapter (and deeper parts, if any). */

/** A well-formed section number: `3.12`, `3.12.1`; no spaces, no trailing dot. */
export const sectionNumberPattern = /^\d+(\.\d+)+$/;

/** The chapter number a section number starts with (3 for `3.12`), or undefined for a malformed number. */
export function chapterNumberOf(sectionNumber: string): number | undefined {
  return sectionNumberPattern.test(sectionNumber) ? Number(sectionNumber.split(".")[0]) : undefined;
}

/** Compares section numbers part by part, as numbers: `3.2` < `3.12` < `4.1`; a shorter number comes first. */
export function compareSectionNumbers(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return 0;
}
