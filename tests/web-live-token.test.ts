// With the Sanity variables set, the site reads the live dataset (here: a local stand-in for the Sanity API that
// answers from the embedded dataset and insists on the read token) and the token never reaches the output.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openLocalSource } from "@gastvrij/content/sources";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "./e2e/site.js";

const token = `sk${randomBytes(24).toString("hex")}`;
let server: Server;
let outDir: string;
let requests = 0;
let authorised = 0;

async function body(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? allFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe("building the site from the live dataset with a read token", () => {
  beforeAll(async () => {
    const local = await openLocalSource();
    server = createServer(async (request, response) => {
      requests++;
      if (request.headers.authorization === `Bearer ${token}`) authorised++;
      const url = new URL(request.url ?? "/", "http://127.0.0.1");
      let query = url.searchParams.get("query") ?? "";
      let params: Record<string, unknown> = {};
      for (const [key, value] of url.searchParams) if (key.startsWith("$")) params[key.slice(1)] = JSON.parse(value);
      if (request.method === "POST") ({ query, params = {} } = JSON.parse(await body(request)));
      try {
        const result = await local.fetch(query, params as never);
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify({ ms: 1, query, result }));
      } catch (error) {
        response.writeHead(400, { "content-type": "application/json" });
        response.end(JSON.stringify({ error: { description: String(error) } }));
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    outDir = mkdtempSync(join(tmpdir(), "gastvrij-web-live-"));
    await buildSite({
      outDir,
      env: {
        SANITY_PROJECT_ID: "testproject",
        SANITY_DATASET: "production",
        SANITY_API_READ_TOKEN: token,
        GASTVRIJ_SANITY_API_HOST: `http://127.0.0.1:${port}`,
      },
    });
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it("reads through the API with the token, server-side", () => {
    expect(requests).toBeGreaterThan(0);
    expect(authorised).toBe(requests);
    expect(readFileSync(join(outDir, "toolkit", "index.html"), "utf8")).toContain("<h1>");
  });

  it("never writes the token into any built file", () => {
    const files = allFiles(outDir);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const bytes = readFileSync(file);
      expect(bytes.includes(token), file).toBe(false);
      expect(bytes.includes(token.slice(2, 26)), file).toBe(false);
    }
  });
});
