// Loads the timeline page in headless Chromium, as a person would: reads the entries in the order shown,
// applies a filter through the form, opens an entry, and saves a screenshot.
// Usage: node page-check.mjs <page url> <screenshot path>. Prints one JSON object with what it saw.
import { chromium } from "playwright-core";

const [url, screenshot] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const seen = {};
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.goto(url);
  await page.waitForFunction(() => document.querySelectorAll("article.entry").length >= 4, null, { timeout: 30000 });
  seen.entries = await page.$$eval("article.entry", (els) => els.map((e) => ({ id: e.dataset.id, title: e.querySelector("h2").firstChild.textContent })));
  seen.days = await page.$$eval("section.day", (els) => els.map((e) => e.dataset.date));
  seen.keyFormShown = await page.isVisible("#key");
  await page.screenshot({ path: screenshot, fullPage: true });

  await page.selectOption("select[name=place]", "vienna");
  await page.click("button[type=submit]");
  await page.waitForFunction(() => [...document.querySelectorAll("article.entry")].every((e) => e.dataset.id.includes("vienna")), null, { timeout: 15000 });
  seen.filtered = await page.$$eval("article.entry", (els) => els.map((e) => e.dataset.id));
  seen.filteredUrl = page.url();

  await page.click("article.entry h2");
  seen.mentions = await page.$$eval("article.entry.open .mention q", (els) => els.map((e) => e.textContent));
} finally {
  await browser.close();
}
console.log(JSON.stringify(seen));
