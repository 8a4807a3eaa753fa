// Drives the timeline page in headless Chromium as an analyst would, in English and in German: reads the entries
// under their year and month headings, moves through them with the keyboard, filters by a German place name, opens
// the map and follows a marker to its entries, takes an export, copies the link of the view and opens it in a fresh
// page, and checks the page with axe-core. Saves a screenshot in each language.
// Usage: node page-check.mjs <page url> <screenshot folder>. Prints one JSON object with what it saw.
import { chromium } from "playwright-core";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const [url, folder] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const seen = {};
const entries = (page) => page.$$eval("article.entry", (els) => els.map((e) => ({ id: e.dataset.id, title: e.querySelector(".toggle").textContent })));
const loaded = (page, n) => page.waitForFunction((n) => document.querySelectorAll("article.entry").length >= n, n, { timeout: 30000 });

// axe-core is injected by the test, not served by the page: the context lets it past the page's content security policy.
async function axe(page) {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ["violations"] }));
  return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help }));
}

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, bypassCSP: true, locale: "en-GB" });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));

  // English, as the browser asks for it.
  await page.goto(url);
  await loaded(page, 5);
  seen.language = await page.getAttribute("html", "lang");
  seen.entries = await entries(page);
  seen.years = await page.$$eval("h3.year", (els) => els.map((e) => e.textContent));
  seen.months = await page.$$eval("h4.month", (els) => els.map((e) => e.textContent));
  seen.dates = await page.$$eval(".day .date", (els) => els.map((e) => e.firstChild.textContent));
  seen.dateWraps = await page.$$eval(".day .date", (els) => els.some((e) => e.firstChild.textContent.length > 0 && e.getClientRects()[0] && e.scrollWidth > e.clientWidth + 1));
  seen.statusHelp = await page.getAttribute("article.entry .badge", "title");
  seen.confidenceHelp = await page.getAttribute("article.entry .confidence", "title");
  seen.densityBars = await page.$$eval("#density button", (els) => els.length);
  seen.densityAxis = await page.$$eval("#density-axis span span", (els) => els.map((e) => e.textContent));
  seen.densityAxisOverlaps = await page.$$eval("#density-axis span span", (els) => els.map((e) => e.getBoundingClientRect())
    .some((a, i, all) => all.slice(i + 1).some((b) => a.left < b.right && b.left < a.right)));
  seen.keyFormShown = await page.isVisible("#key");
  await page.screenshot({ path: join(folder, "timeline-page-en.png"), fullPage: true });
  seen.axeEnglish = await axe(page);

  // The keyboard: down to the second entry, open it, close it.
  await page.focus("#entries .toggle");
  await page.keyboard.press("ArrowDown");
  seen.focusedAfterDown = await page.evaluate(() => document.activeElement.closest("article")?.dataset.id);
  await page.keyboard.press("Enter");
  seen.expandedByEnter = await page.evaluate(() => document.activeElement.getAttribute("aria-expanded"));
  await page.keyboard.press("Escape");
  seen.expandedAfterEscape = await page.evaluate(() => document.activeElement.getAttribute("aria-expanded"));

  // German, chosen on the page.
  await page.selectOption("#language", "de");
  await page.waitForFunction(() => document.documentElement.lang === "de");
  seen.germanEntries = await entries(page);
  seen.germanDates = await page.$$eval(".day .date", (els) => els.map((e) => e.firstChild.textContent));
  seen.germanStatus = await page.textContent("article.entry .badge");

  // A German place name in the filter.
  await page.fill("input[name=place]", "Wien");
  await page.click("#filters button[type=submit]");
  await page.waitForFunction(() => {
    const cards = [...document.querySelectorAll("article.entry")];
    return cards.length > 0 && cards.every((e) => e.dataset.place === "vienna");
  }, null, { timeout: 15000 });
  seen.filtered = (await entries(page)).map((e) => e.id);
  await page.fill("input[name=place]", "");
  await page.fill("input[name=actor]", "Russland");
  await page.click("#filters button[type=submit]");
  await page.waitForFunction(() => !document.querySelector("input[name=place]").value && location.search.includes("actor=Russland"));
  await loaded(page, 3);

  // The map: open it, then follow a marker to its entries.
  await page.click("#map-toggle");
  await page.waitForSelector("#map .marker", { timeout: 15000 });
  seen.countries = await page.$$eval("#map path.country", (els) => els.length);
  seen.markers = await page.$$eval("#map .marker", (els) => els.map((m) => ({ place: m.dataset.place, label: m.getAttribute("aria-label") })));
  await page.click("#map .marker[data-place=brussels]");
  seen.highlighted = await page.$$eval("article.entry.highlight", (els) => els.map((e) => e.dataset.id));
  seen.focusedAfterMarker = await page.evaluate(() => document.activeElement.closest("article")?.dataset.id);
  // The place names shown on the map, zoomed to the events and over the whole world (where Europe's crowd together):
  // no two shown names may cover each other, and none may run past the map's edge.
  const mapNames = (on = page) => on.evaluate(() => {
    const [x, y, w, h] = document.querySelector("#map").getAttribute("viewBox").split(" ").map(Number);
    const boxes = [...document.querySelectorAll("#map text")].filter((t) => getComputedStyle(t).display !== "none")
      .map((t) => ({ name: t.textContent, box: t.getBBox() }));
    const meets = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    return {
      all: document.querySelectorAll("#map text").length,
      shown: boxes.map((b) => b.name),
      overlapping: boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => meets(a.box, b.box)).map((b) => a.name + "/" + b.name)),
      outside: boxes.filter(({ box }) => box.x < x || box.y < y || box.x + box.width > x + w || box.y + box.height > y + h).map((b) => b.name),
    };
  });
  seen.mapNamesZoomed = await mapNames();
  await page.click("#map-whole");
  seen.mapNamesWorld = await mapNames();
  // A hidden name shows while its marker has the focus.
  seen.crowdedNameOnFocus = await page.evaluate(() => {
    const name = document.querySelector("#map text.crowded");
    if (!name) return null;
    name.previousElementSibling.focus();
    return { name: name.textContent, shown: getComputedStyle(name).display !== "none" };
  });

  // An export of the current filter, and the calendar subscription.
  seen.exports = await page.$$eval(".exports a", (els) => els.map((a) => a.getAttribute("href")));
  const csvHref = await page.getAttribute("#export-csv", "href");
  seen.csv = await page.evaluate(async (href) => { const r = await fetch(href); return { status: r.status, type: r.headers.get("content-type"), text: await r.text() }; }, csvHref);

  // The link of this view, with an entry open, opened afresh.
  await page.click("article.entry[data-place=brussels] .toggle");
  seen.axeGerman = await axe(page);
  await page.screenshot({ path: join(folder, "timeline-page-de.png"), fullPage: true });
  seen.shared = await page.inputValue("#share-link");
  const fresh = await (await browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: "en-GB" })).newPage();
  fresh.on("pageerror", (e) => errors.push(String(e)));
  await fresh.goto(seen.shared);
  await loaded(fresh, 3);
  await fresh.waitForSelector("#map .marker", { timeout: 15000 });
  seen.restored = {
    language: await fresh.getAttribute("html", "lang"),
    actor: await fresh.inputValue("input[name=actor]"),
    entries: (await entries(fresh)).map((e) => e.id),
    open: await fresh.$$eval("article.entry .toggle[aria-expanded=true]", (els) => els.map((b) => b.closest("article").dataset.id)),
    mapShown: await fresh.isVisible("#map"),
    link: await fresh.inputValue("#share-link"),
  };
  seen.original = { entries: (await entries(page)).map((e) => e.id) };

  // A German date the calendar does not have: the page says so in German, quoting what was typed, and keeps nothing
  // of the last answer (no entries, no density bars).
  await page.fill("input[name=actor]", "");
  await page.fill("input[name=from]", "31.2.2022");
  await page.click("#filters button[type=submit]");
  await page.waitForFunction(() => document.querySelectorAll("article.entry").length === 0 && !document.querySelector("#status").textContent.endsWith("…"), null, { timeout: 15000 });
  seen.badDate = { status: await page.textContent("#status"), densityBars: await page.$$eval("#density button", (els) => els.length) };

  // A shared link with a type the API does not know: its reason and suggestions, not every event.
  const shared = await browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: "en-GB" });
  const wrongType = await shared.newPage();
  wrongType.on("pageerror", (e) => errors.push(String(e)));
  await wrongType.goto(new URL("/?type=FOO", url).href);
  await wrongType.waitForFunction(() => { const s = document.querySelector("#status").textContent; return s && !s.endsWith("…"); }, null, { timeout: 15000 });
  seen.badType = {
    status: await wrongType.textContent("#status"),
    suggestions: await wrongType.$$eval("#suggestions button", (els) => els.map((b) => b.textContent)),
    entries: (await entries(wrongType)).length,
    query: new URL(wrongType.url()).search,
  };

  // Possible duplicates are named by their title and date. The API's answer is given two flags here (one to an entry
  // shown, one to an entry that does not exist), and a year-only date, since the sample articles hold neither.
  const flagged = await shared.newPage();
  flagged.on("pageerror", (e) => errors.push(String(e)));
  await flagged.route(/\/api\/timeline\?/, async (route) => {
    const response = await route.fetch();
    const body = await response.json();
    if (body.items && body.items.length > 1) body.items[1].possibleDuplicates = [body.items[0].id, "no-such-entry"];
    // And one entry dated only by its year, which must not land under January.
    if (body.items && body.items.length > 2) body.items[2].date = { value: "2021", granularity: "year", start: "2021-01-01", end: "2021-12-31" };
    // And a place far east of the rest, whose name must not run past the map's right edge.
    if (body.items && body.items.length > 2) {
      const far = structuredClone(body.items[body.items.length - 1]);
      far.id = "2022-01-20-consult-hokkaido";
      far.possibleDuplicates = [];
      far.date = { value: "2022-01-20", granularity: "day", start: "2022-01-20", end: "2022-01-20" };
      far.place = { id: "hokkaido", name: "Hokkaido", names: { en: "Hokkaido", de: "Hokkaido" }, countryCode: "JP", latitude: 43.2, longitude: 142.8 };
      body.items.push(far);
    }
    await route.fulfill({ response, json: body });
  });
  await flagged.goto(url);
  await loaded(flagged, 5);
  await flagged.waitForTimeout(500);
  seen.duplicates = await flagged.$$eval(".review a", (els) => els.map((a) => ({ text: a.textContent, href: a.getAttribute("href") })));
  seen.firstEntry = (await entries(flagged))[0];
  seen.yearOnlyMonths = await flagged.$$eval("h4.month", (els) => els.map((e) => e.textContent));
  await flagged.click("#map-toggle");
  await flagged.waitForSelector("#map .marker[data-place=hokkaido]", { timeout: 15000 });
  seen.mapNamesFarEast = await mapNames(flagged);

  // A phone's width: nothing may make the page scroll sideways.
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "en-GB" })).newPage();
  phone.on("pageerror", (e) => errors.push(String(e)));
  await phone.goto(url);
  await loaded(phone, 5);
  seen.narrow = await phone.evaluate(() => ({ width: document.documentElement.clientWidth, scrollWidth: document.documentElement.scrollWidth }));
  await phone.screenshot({ path: join(folder, "timeline-page-phone.png"), fullPage: true });
  seen.pageErrors = errors;
} finally {
  await browser.close();
}
console.log(JSON.stringify(seen));
