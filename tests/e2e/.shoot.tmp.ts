import { launchBrowser, startServer, templatePages } from "./site.js";

const pages = process.argv.slice(2).length ? process.argv.slice(2) : templatePages();
const server = await startServer();
const browser = await launchBrowser();
for (const width of [390, 1280]) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 } });
  for (const path of pages) {
    const page = await ctx.newPage();
    await page.goto(new URL(path, server.url).href);
    const name = path.replace(/\//g, "_") || "_";
    await page.screenshot({ path: `/tmp/shots/${width}${name}.png`, fullPage: true });
    await page.close();
  }
  await ctx.close();
}
await browser.close();
await server.close();
console.log("done");
