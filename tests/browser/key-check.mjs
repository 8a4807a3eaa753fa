// The timeline page of a host whose reads are closed: it must ask for a key, and show the entries once given one.
// Usage: node key-check.mjs <page url> <key>. Prints one JSON object with what it saw.
import { chromium } from "playwright-core";

const [url, key] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const seen = {};
try {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForSelector("#key", { state: "visible", timeout: 30000 });
  seen.asked = await page.textContent("#status");
  seen.entriesBefore = (await page.$$("article.entry")).length;
  await page.fill("#key input[name=key]", key);
  await page.click("#key button");
  await page.waitForFunction(() => document.querySelectorAll("article.entry").length >= 4, null, { timeout: 30000 });
  seen.entriesAfter = (await page.$$("article.entry")).length;
  seen.keyFormShownAfter = await page.isVisible("#key");
} finally {
  await browser.close();
}
console.log(JSON.stringify(seen));
