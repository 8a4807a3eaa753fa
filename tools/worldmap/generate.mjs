// Writes the timeline page's world map from Natural Earth's 1:110m country shapes (the npm package world-atlas):
// one SVG path per country, keyed by its ISO 3166 alpha-2 code, already projected, so that the page draws the map
// without a projection library or a tile server. `node generate.mjs --check` says whether the committed file is
// what this script writes.
//
// Projection: equirectangular (plate carrée), x = (longitude + 180) * scale, y = (top - latitude) * scale. The page
// places events with the same two numbers, which the file carries. Antarctica is left out; the map runs from 85°N to
// 60°S.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { feature } from "topojson-client";
import countries from "i18n-iso-countries";

const here = dirname(fileURLToPath(import.meta.url));
const output = join(here, "..", "..", "services", "Timeline.Api", "Page", "world.json");
const atlas = JSON.parse(readFileSync(join(here, "node_modules", "world-atlas", "countries-110m.json"), "utf8"));

const scale = 2;
const top = 85;
const bottom = -60;
const width = 360 * scale;
const height = (top - bottom) * scale;

const x = (lon) => ((lon + 180) * scale).toFixed(1);
const y = (lat) => ((top - Math.max(bottom, Math.min(top, lat))) * scale).toFixed(1);

// Drops points that project onto the one before them: at this scale many do, and they only make the file larger.
function ring(points) {
  const parts = [];
  let last = "";
  for (const [lon, lat] of points) {
    const point = `${x(lon)},${y(lat)}`;
    if (point !== last) parts.push(point);
    last = point;
  }
  return parts.length < 3 ? "" : "M" + parts.join("L") + "Z";
}

function path(geometry) {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
  return polygons.flatMap((rings) => rings.map(ring)).join("");
}

const shapes = feature(atlas, atlas.objects.countries).features
  .map((f) => ({ id: countries.numericToAlpha2(f.id) ?? null, name: f.properties.name, d: path(f.geometry) }))
  // Antarctica (010) lies off the map; a few territories without an ISO code (Kosovo, Northern Cyprus, Somaliland) keep their name as id.
  .filter((c) => c.d && c.id !== "AQ")
  .map((c) => ({ id: c.id ?? c.name, d: c.d }))
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const text = JSON.stringify({
  source: "Natural Earth 1:110m countries (public domain), from world-atlas 2.0.2",
  projection: { kind: "equirectangular", scale, top },
  width,
  height,
  countries: shapes,
}) + "\n";

if (process.argv.includes("--check")) {
  const committed = readFileSync(output, "utf8");
  if (committed !== text) {
    console.error(`${output} is not what generate.mjs writes; run npm run generate.`);
    process.exit(1);
  }
  console.log(`${output} is up to date (${shapes.length} countries).`);
} else {
  writeFileSync(output, text);
  console.log(`wrote ${output}: ${shapes.length} countries, ${text.length} bytes`);
}
