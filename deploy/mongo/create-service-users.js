// Runs once, when MongoDB starts on an empty data volume (docker-entrypoint-initdb.d): one user per service,
// each allowed to read and write its own database and nothing else. The administrator from MONGO_INITDB_ROOT_*
// is not given to any service.
const services = [
  { database: "articles", user: "articles", password: process.env.MONGO_ARTICLES_PASSWORD },
  { database: "extraction", user: "extraction", password: process.env.MONGO_EXTRACTION_PASSWORD },
  { database: "timeline", user: "timeline", password: process.env.MONGO_TIMELINE_PASSWORD },
];
for (const s of services) {
  if (!s.password) throw new Error(`No password for the ${s.user} user: set it in .env`);
  db.getSiblingDB(s.database).createUser({ user: s.user, pwd: s.password, roles: [{ role: "readWrite", db: s.database }] });
}
