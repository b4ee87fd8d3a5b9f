import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { FileDownload } from "@gastvrij/content";
import { afterAll, describe, expect, it } from "vitest";
import { filePublisher, safeFileName } from "./files";

describe("safe file names", () => {
  it("keeps lowercase letters, digits, dots and dashes, and the extension", () => {
    expect(safeFileName("Statuten Gastvrij Netwerk 2026.PDF", "pdf")).toBe("statuten-gastvrij-netwerk-2026.pdf");
    expect(safeFileName("Één brief (def).docx", "docx")).toBe("een-brief-def.docx");
    expect(safeFileName("verslag", "pdf")).toBe("verslag.pdf");
  });

  it("never gives a slash, '..' or a leading dot", () => {
    for (const name of ["../../etc/passwd", "..", "...pdf", "a/b\\c.pdf", ".htaccess", "x..y.pdf", "-.-.pdf"]) {
      const safe = safeFileName(name, "pdf");
      expect(safe, name).toMatch(/^[a-z0-9][a-z0-9.-]*\.pdf$/);
      expect(safe, name).not.toContain("..");
      expect(safe, name).not.toContain("/");
    }
    expect(safeFileName("", "pdf")).toBe("bestand.pdf");
    expect(safeFileName("<script>", undefined)).toBe("script");
    expect(safeFileName("???", "")).toBe("bestand");
  });

  it("keeps names short", () => {
    expect(safeFileName(`${"a".repeat(300)}.pdf`, "pdf")).toBe(`${"a".repeat(80)}.pdf`);
  });
});

describe("the file publisher", () => {
  const dir = mkdtempSync(join(tmpdir(), "gastvrij-files-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const local = (name: string, bytes: number, extra: Partial<FileDownload> = {}): FileDownload => {
    const path = join(dir, name);
    writeFileSync(path, Buffer.alloc(bytes, name));
    return {
      title: `Titel ${name}`,
      url: pathToFileURL(path).href,
      size: 1,
      extension: null,
      mimeType: null,
      filename: name,
      ...extra,
    };
  };

  it("publishes a local file under /bestanden/<hash of its bytes>/<safe name>, with its real size", async () => {
    const publisher = filePublisher();
    const link = publisher.download(local("Statuten 2026.pdf", 1_234_567, { extension: "pdf" }));
    expect(link.href).toMatch(/^\/bestanden\/[0-9a-f]{8}\/statuten-2026\.pdf$/);
    expect(link).toMatchObject({ external: false, type: "pdf", size: 1_234_567, facts: "pdf, 1,2\u00a0MB" });
    const [published] = publisher.downloads();
    expect(published?.sitePath).toBe(link.href);
    expect((await published?.read())?.length).toBe(1_234_567);
  });

  it("gives the same address to the same bytes and another to other bytes", () => {
    const publisher = filePublisher();
    const a = publisher.download(local("a.pdf", 100));
    const again = publisher.download({ ...local("a.pdf", 100), title: "Ander" });
    const b = publisher.download(local("b.pdf", 101));
    expect(again.href).toBe(a.href);
    expect(b.href.split("/")[2]).not.toBe(a.href.split("/")[2]);
    expect(publisher.downloads()).toHaveLength(2);
  });

  it("links a file on the Sanity CDN where it is, with the size the asset gives", () => {
    const publisher = filePublisher();
    const url = "https://cdn.sanity.io/files/p/production/abc.docx";
    const link = publisher.download({
      title: "Formulier",
      url,
      size: 48_000,
      extension: "docx",
      mimeType: null,
      filename: "formulier.docx",
    });
    expect(link).toEqual({
      title: "Formulier",
      href: url,
      external: true,
      type: "docx",
      size: 48_000,
      facts: "docx, 48\u00a0kB",
    });
    expect(publisher.downloads()).toEqual([]);
  });

  it("publishes a local image under /media/ and leaves a remote one", () => {
    const publisher = filePublisher();
    const file = local("kaart.svg", 10);
    expect(publisher.image(file.url)).toBe("/media/kaart.svg");
    expect(publisher.image("https://cdn.sanity.io/images/x.png")).toBe("https://cdn.sanity.io/images/x.png");
    expect(publisher.images().map((image) => image.sitePath)).toEqual(["/media/kaart.svg"]);
  });
});
