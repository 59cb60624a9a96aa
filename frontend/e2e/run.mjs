#!/usr/bin/env node
// End-to-end journeys in headless Chromium against the real backend and scripts/serve.mjs.
// Expects the builds to exist: backend/target/quarkus-app/quarkus-run.jar and frontend/dist.
// It creates the database E2E_DB (default coopconnect_e2e) on 127.0.0.1:5432, starts both
// servers on free ports, runs the journeys on a desktop and a phone viewport, checks every
// screen with axe-core in French and English, saves screenshots to e2e/screenshots/, then
// stops everything it started and drops the database. Last line: "N passed, M failed".
//
// Env: E2E_DB, E2E_ADMIN_EMAIL / E2E_ADMIN_PASSWORD (or COOPCONNECT_ADMIN_*), E2E_KEEP_DB=1,
//      CHROMIUM (default /usr/bin/chromium).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { AxeBuilder } from "@axe-core/playwright";
import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
const frontendDir = path.join(here, "..");
const repoDir = path.join(frontendDir, "..");
const jar = path.join(repoDir, "backend", "target", "quarkus-app", "quarkus-run.jar");
const dist = path.join(frontendDir, "dist");
const shots = path.join(here, "screenshots");

const DB = process.env.E2E_DB ?? "coopconnect_e2e";
const ADMIN_EMAIL = process.env.E2E_ADMIN_EMAIL ?? process.env.COOPCONNECT_ADMIN_EMAIL ?? "admin@e2e.test";
const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD ?? process.env.COOPCONNECT_ADMIN_PASSWORD ?? "admin-e2e-password";
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const VIEWPORTS = [
  { name: "desktop", viewport: { width: 1280, height: 800 } },
  { name: "phone", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
];

// ---------- process and database plumbing ----------

const started = [];
const tmp = mkdtempSync(path.join(os.tmpdir(), "coopconnect-e2e-"));
let dbCreated = false;

function log(msg) {
  console.log(msg);
}

function psql(sql, db = "postgres") {
  const r = spawnSync("psql", ["-h", "127.0.0.1", "-U", "postgres", "-v", "ON_ERROR_STOP=1", "-qtA", "-d", db, "-c", sql], {
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`psql failed (${sql}): ${r.stderr || r.error}`);
  return r.stdout.trim();
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function startProcess(name, command, args, opts) {
  const logFile = path.join(tmp, `${name}.log`);
  const fd = openSync(logFile, "a");
  const child = spawn(command, args, { ...opts, stdio: ["ignore", fd, fd] });
  const entry = { name, child, logFile, exited: false };
  child.on("exit", () => (entry.exited = true));
  started.push(entry);
  return entry;
}

function tail(file, lines = 30) {
  try {
    return readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
}

async function waitFor(url, entry, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (entry.exited) throw new Error(`${entry.name} exited early:\n${tail(entry.logFile)}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${entry.name} did not answer ${url} within ${timeoutMs} ms:\n${tail(entry.logFile)}`);
}

async function stopAll() {
  for (const entry of started.reverse()) {
    if (entry.exited) continue;
    entry.child.kill("SIGTERM");
    const deadline = Date.now() + 15000;
    while (!entry.exited && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    if (!entry.exited) entry.child.kill("SIGKILL");
  }
  started.length = 0;
}

function dropDb() {
  if (!dbCreated || process.env.E2E_KEEP_DB === "1") return;
  try {
    psql(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  } catch (e) {
    console.error(`could not drop ${DB}: ${e.message}`);
  }
}

// Last resort if the script is interrupted: kill children synchronously.
process.on("exit", () => {
  for (const entry of started) if (!entry.exited) entry.child.kill("SIGKILL");
});
for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, async () => {
    await stopAll();
    dropDb();
    process.exit(130);
  });
}

// ---------- tiny runner ----------

let passed = 0;
let failed = 0;
async function test(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
    passed++;
    log(`  ✔ ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    failed++;
    log(`  ✘ ${name}\n    ${String(e?.stack ?? e).split("\n").slice(0, 8).join("\n    ")}`);
  }
}

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

// ---------- page helpers ----------

async function axe(page, label) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  assert(
    bad.length === 0,
    `axe (${label}): ${bad.map((v) => `${v.id} [${v.impact}] ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`).join("; ")}`,
  );
}

async function shot(page, file) {
  await page.screenshot({ path: path.join(shots, `${file}.png`), fullPage: true });
}

async function idle(page) {
  // Wait until no loading indicator is left on screen.
  await page.waitForFunction(() => !document.querySelector(".loading, [aria-busy=true]"), null, { timeout: 15000 });
}

// Pages and forms move focus in an effect or one animation frame after they render, so wait for it.
async function focusReaches(page, selector) {
  return page
    .waitForFunction((sel) => document.activeElement?.matches(sel) ?? false, selector, { timeout: 5000 })
    .then(() => true, () => false);
}

// ---------- journeys ----------

async function main() {
  assert(existsSync(jar), `missing ${jar}: run "make build" first`);
  assert(existsSync(path.join(dist, "index.html")), `missing ${dist}: run "npm run build" in frontend/ first`);
  assert(/^[a-z_][a-z0-9_]*$/.test(DB), `E2E_DB must be a plain identifier, got "${DB}"`);
  assert(existsSync(CHROMIUM), `missing ${CHROMIUM}: apt-get install -y chromium`);
  mkdirSync(shots, { recursive: true });

  log(`database ${DB}`);
  psql(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
  psql(`CREATE DATABASE ${DB}`);
  dbCreated = true;
  psql("CREATE EXTENSION IF NOT EXISTS btree_gist", DB);

  const apiPort = await freePort();
  const backend = startProcess("backend", "java", ["-jar", jar], {
    cwd: path.join(repoDir, "backend"),
    env: {
      ...process.env,
      COOPCONNECT_DB_URL: `jdbc:postgresql://127.0.0.1:5432/${DB}`,
      QUARKUS_HTTP_PORT: String(apiPort),
      QUARKUS_HTTP_HOST: "127.0.0.1",
      COOPCONNECT_KEY_DIR: path.join(tmp, "keys"),
      COOPCONNECT_ADMIN_EMAIL: ADMIN_EMAIL,
      COOPCONNECT_ADMIN_PASSWORD: ADMIN_PASSWORD,
      COOPCONNECT_DEMO: "false",
      // The SPA is served on a free port chosen later, and every sign-in comes from 127.0.0.1.
      COOPCONNECT_CORS_ORIGINS: "/http://127\\.0\\.0\\.1:[0-9]+/",
      COOPCONNECT_AUTH_RATE_LIMIT: "0",
    },
  });
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  await waitFor(`${apiUrl}/api/v1/venues?size=1`, backend, 90000);
  log(`backend on ${apiUrl}`);

  const webPort = await freePort();
  const web = startProcess("serve", process.execPath, [path.join(frontendDir, "scripts", "serve.mjs")], {
    cwd: frontendDir,
    env: { ...process.env, PORT: String(webPort), HOST: "127.0.0.1", BACKEND_URL: apiUrl },
  });
  const base = `http://127.0.0.1:${webPort}`;
  await waitFor(`${base}/`, web, 15000);
  log(`frontend on ${base}`);

  // Seed through the public API as the network admin, like an operator would.
  const tokenRes = await fetch(`${apiUrl}/api/v1/auth/token`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
  });
  assert(tokenRes.ok, `admin sign-in failed: ${tokenRes.status}`);
  const { accessToken } = await tokenRes.json();
  const createVenue = async (body) => {
    const res = await fetch(`${apiUrl}/api/v1/venues`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${accessToken}` },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    assert(res.status === 201, `venue creation failed: ${res.status} ${text}`);
    return JSON.parse(text);
  };

  const venue = await createVenue({
    name: "Médiathèque de Laragne (e2e)",
    kind: "MEDIA_LIBRARY",
    description: "Salle de lecture calme avec postes de travail.",
    address: "1 place des Aires",
    postalCode: "05300",
    commune: "Laragne-Montéglin",
    latitude: 44.3156,
    longitude: 5.8241,
    contactEmail: "mediatheque@example.org",
    phone: "04 92 00 00 00",
    website: "https://mediatheque.example.org",
    amenities: ["WIFI", "PRINTER", "ACCESSIBLE"],
    accessRules: "Accès libre aux horaires d'ouverture, sur présentation d'une pièce d'identité.",
    connectivity: { type: "ADSL", downMbps: 18, upMbps: 1 },
  });
  await createVenue({
    name: "Office de tourisme de Serres (e2e)",
    kind: "TOURIST_OFFICE",
    commune: "Serres",
    latitude: 44.4287,
    longitude: 5.7167,
    connectivity: { type: "FIBER", downMbps: 500, upMbps: 200 },
  });

  // Booking data: the media library opens every day 8–18 (holidays too, so any date works),
  // with a paid office and a free meeting room; a manager account runs it.
  const apiJson = async (method, url, body, token = accessToken) => {
    const res = await fetch(`${apiUrl}/api/v1${url}`, {
      method,
      headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    assert(res.ok, `${method} ${url} failed: ${res.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  };
  const allWeek = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"];
  await apiJson("PUT", `/venues/${venue.id}/opening-hours`, {
    weekly: allWeek.map((day) => ({ day, opens: "08:00", closes: "18:00" })),
    publicHolidays: "OPEN",
  });
  const rules = { slotMinutes: 30, minMinutes: 30, maxMinutes: 480, minNoticeMinutes: 0, maxAdvanceDays: 730, bufferMinutes: 0, requiresApproval: false };
  const office = await apiJson("POST", `/venues/${venue.id}/spaces`, {
    name: "Bureau 1 (e2e)", kind: "OFFICE", capacity: 2, bookingMode: "EXCLUSIVE", equipment: ["SCREEN", "WEBCAM"],
    description: "Bureau fermé, deux personnes.", active: true, rules, hourlyRate: 6.5,
  });
  await apiJson("POST", `/venues/${venue.id}/spaces`, {
    name: "Salle de réunion (e2e)", kind: "MEETING_ROOM", capacity: 8, bookingMode: "EXCLUSIVE", equipment: ["PROJECTOR"],
    active: true, rules: { ...rules, requiresApproval: true }, hourlyRate: 0,
  });
  const parisToday = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(new Date());
  const plusDays = (date, n) => new Date(Date.parse(`${date}T12:00:00Z`) + n * 86400000).toISOString().slice(0, 10);
  const parisOffset = (date) =>
    new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Paris", timeZoneName: "longOffset" }).format(new Date(`${date}T12:00:00Z`)).replace(/^.*GMT/, "") || "+00:00";
  const at = (date, hhmm) => `${date}T${hhmm}:00${parisOffset(date)}`;
  const closureDay = plusDays(parisToday, 20);
  await apiJson("POST", `/venues/${venue.id}/closures`, { from: closureDay, to: closureDay, reason: "Inventaire" });
  const MANAGER = { email: `manager-${Date.now()}@e2e.test`, password: "manager-password-123", displayName: "Gestionnaire e2e" };
  await apiJson("POST", "/auth/register", MANAGER, null);
  const managerToken = (await apiJson("POST", "/auth/token", { email: MANAGER.email, password: MANAGER.password }, null)).accessToken;
  const managerMe = await apiJson("GET", "/me", undefined, managerToken);
  await apiJson("PUT", `/venues/${venue.id}/managers/${managerMe.id}`, undefined);
  // In the directory, so the network console can find the manager by name.
  await apiJson("PUT", "/me", { displayName: MANAGER.displayName, email: MANAGER.email, status: "OTHER", directoryConsent: true, newsConsent: false }, managerToken);
  const newMember = async (displayName, directoryConsent = true) => {
    const who = { email: `${displayName.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${Date.now()}@e2e.test`, password: "member-password-123", displayName };
    const { id } = await apiJson("POST", "/auth/register", who, null);
    const token = (await apiJson("POST", "/auth/token", { email: who.email, password: who.password }, null)).accessToken;
    await apiJson("PUT", "/me", { displayName, email: who.email, status: "TELEWORKER", directoryConsent, newsConsent: false }, token);
    return { ...who, id, token };
  };
  const agreementTemplate = await apiJson("POST", `/venues/${venue.id}/agreement-templates`, {
    title: "Convention d'accès régulier (e2e)", body: "Le membre respecte le règlement intérieur.", accessType: "REGULAR", validityDays: 365, requiredForBooking: false,
  });
  log(`seeded spaces, hours, a closure on ${closureDay} and the manager ${MANAGER.email}`);

  // A venue in French Guiana (America/Cayenne) whose agreement is required to book.
  const seedOverseas = async () => {
    const v = await createVenue({ name: "Tiers-lieu de Cayenne (e2e)", kind: "THIRD_PLACE", commune: "Cayenne", postalCode: "97300",
      latitude: 4.9372, longitude: -52.326, timezone: "America/Cayenne" });
    await apiJson("PUT", `/venues/${v.id}/opening-hours`, { weekly: allWeek.map((day) => ({ day, opens: "08:00", closes: "18:00" })), publicHolidays: "OPEN" });
    const desk = await apiJson("POST", `/venues/${v.id}/spaces`, {
      name: "Poste partagé (e2e)", kind: "DESK", capacity: 1, bookingMode: "EXCLUSIVE", equipment: [], active: true, rules, hourlyRate: 0,
    });
    await apiJson("POST", `/venues/${v.id}/agreement-templates`, {
      title: "Convention d'accès régulier (e2e)", accessType: "REGULAR", validityDays: 365, requiredForBooking: true,
      admissionCriteria: "Habiter ou travailler en Guyane.",
      body: "# Engagements\n\nL'usager s'engage :\n\n- à **respecter** les horaires ;\n- à ranger son poste.\n\n<b>pas de HTML</b>",
    });
    return { id: v.id, name: v.name, deskId: desk.id };
  };
  const overseas = await seedOverseas();

  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    for (const vp of VIEWPORTS) {
      log(`\n${vp.name} (${vp.viewport.width}×${vp.viewport.height})`);
      const { name: vpName, ...contextOptions } = vp;
      const context = await browser.newContext({
        ...contextOptions,
        locale: "fr-FR",
        // A reader in mainland France: venues there show bare times, overseas ones name their zone.
        timezoneId: "Europe/Paris",
        geolocation: { latitude: 44.33, longitude: 5.83 },
        permissions: ["geolocation", "clipboard-read", "clipboard-write"],
      });
      // Map tiles come from another host: here they always fail, as without network.
      const isTile = (url) => /tile\.openstreetmap\.org/.test(url ?? "");
      await context.route(isTile, (route) => route.abort("internetdisconnected"));
      const page = await context.newPage();
      const problems = [];
      page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
      page.on("console", (m) => {
        // Expected API errors (401, 404, 409 in these journeys) are logged by Chromium too.
        if (
          m.type() === "error" &&
          !m.text().startsWith("Failed to load resource: the server responded with a status of 4") &&
          !isTile(m.location()?.url)
        )
          problems.push(`console error: ${m.text()}`);
      });
      context.on("request", (r) => {
        // blob: URLs of the page's own origin are downloads it made itself (the directory's CSV).
        if (!r.url().startsWith(base) && !r.url().startsWith(`blob:${base}`) && !r.url().startsWith("data:") && !isTile(r.url())) problems.push(`request to another host: ${r.url()}`);
      });
      const email = `membre-${vpName}-${Date.now()}@e2e.test`;
      const password = "correct-horse-battery";
      const displayName = `Camille ${vpName}`;

      await test(`${vpName}: venue list shows the new venue in French`, async () => {
        await page.goto(`${base}/venues`);
        await idle(page);
        const card = page.locator("article.venue-card", { hasText: venue.name });
        await card.waitFor();
        const text = await card.innerText();
        assert(text.includes("Médiathèque"), `kind in French missing: ${text}`);
        assert(text.includes("Laragne-Montéglin"), "commune missing");
        assert(text.includes("ADSL 18 Mb/s"), `connectivity missing: ${text}`);
        assert(text.includes("Wi-Fi") && text.includes("Accessible PMR"), "amenities missing");
        assert((await page.locator("html").getAttribute("lang")) === "fr", "html lang is not fr");
        await axe(page, "venues fr");
        await shot(page, `${vpName}-fr-venues`);
      });

      await test(`${vpName}: venue filters go through the URL`, async () => {
        await page.getByLabel("Commune").fill("Serres");
        await page.getByRole("button", { name: "Rechercher" }).click();
        await page.waitForURL(/commune=Serres/);
        await idle(page);
        await page.locator("article.venue-card", { hasText: "Office de tourisme de Serres" }).waitFor();
        assert((await page.locator("article.venue-card").count()) === 1, "filter by commune did not narrow the list");
        await page.getByLabel("Type de lieu").selectOption("MEDIA_LIBRARY");
        await page.getByRole("button", { name: "Rechercher" }).click();
        await page.waitForURL(/kind=MEDIA_LIBRARY/);
        await idle(page);
        await page.getByText("Aucun lieu ne correspond").waitFor();
        await page.getByRole("button", { name: "Effacer les filtres" }).click();
        await page.waitForURL((u) => u.search === "");
        await idle(page);
        assert((await page.locator("article.venue-card").count()) === 3, "reset did not bring the three venues back");
      });

      await test(`${vpName}: venue page shows address, amenities, access rules and contact`, async () => {
        await page.getByRole("link", { name: venue.name }).click();
        await page.waitForURL(new RegExp(`/venues/${venue.id}$`));
        await idle(page);
        await page.getByRole("heading", { level: 1, name: venue.name }).waitFor();
        assert(await focusReaches(page, "h1"), "focus did not move to the page heading");
        const main = await page.locator("main").innerText();
        for (const s of ["1 place des Aires, 05300 Laragne-Montéglin", "Imprimante", "Accès libre aux horaires", "mediatheque@example.org", "ADSL 18 Mb/s (envoi 1 Mb/s)"]) {
          assert(main.includes(s), `venue page lacks "${s}"`);
        }
        await axe(page, "venue fr");
        await shot(page, `${vpName}-fr-venue`);
        // Reloading a deep link works through the SPA fallback.
        await page.reload();
        await page.getByRole("heading", { level: 1, name: venue.name }).waitFor();
      });

      await test(`${vpName}: create an account, with client-side and server-side errors`, async () => {
        await page.getByRole("link", { name: "Créer un compte" }).first().click();
        await page.getByRole("heading", { level: 1, name: "Créer un compte" }).waitFor();
        await page.getByLabel("Adresse électronique").fill("pas-une-adresse");
        await page.getByLabel("Mot de passe").fill("court");
        await page.getByRole("button", { name: "Créer mon compte" }).click();
        await page.getByText("Le mot de passe doit contenir au moins 10 caractères.").waitFor();
        await page.getByText("Saisissez une adresse électronique valide").waitFor();
        assert((await page.getByLabel("Adresse électronique").getAttribute("aria-invalid")) === "true", "email not marked invalid");
        assert(await focusReaches(page, "[aria-invalid=true]"), "focus did not move to the first invalid field");
        await axe(page, "register errors fr");
        await shot(page, `${vpName}-fr-register-errors`);
        // The admin address is taken: the server answers 409 and its detail is shown.
        await page.getByLabel("Adresse électronique").fill(ADMIN_EMAIL);
        await page.getByLabel("Mot de passe").fill(password);
        await page.getByLabel("Nom affiché").fill(displayName);
        await page.getByRole("button", { name: "Créer mon compte" }).click();
        const alert = page.locator(".error-box");
        await alert.waitFor();
        const alertText = await alert.innerText();
        assert(alertText.startsWith("Erreur :") && alertText.length > 10, `no server error shown: ${alertText}`);
        await page.getByLabel("Adresse électronique").fill(email);
        await page.getByRole("button", { name: "Créer mon compte" }).click();
        await page.waitForURL(/\/me$/);
        await idle(page);
        await page.getByRole("heading", { level: 1, name: "Mon espace" }).waitFor();
        const me = await page.getByTestId("me").innerText();
        assert(me.includes(email) && me.includes(displayName) && me.includes("Membre"), `my space lacks the member: ${me}`);
        await page.getByTestId("auth-state").getByText(`Connecté·e : ${displayName}`).waitFor();
        await axe(page, "me fr");
        await shot(page, `${vpName}-fr-me`);
      });

      await test(`${vpName}: sign out, wrong password, then sign in`, async () => {
        await page.getByRole("button", { name: "Se déconnecter" }).click();
        await page.getByTestId("auth-state").getByText("Non connecté·e").waitFor();
        await page.getByRole("link", { name: "Se connecter" }).first().click();
        await page.getByRole("heading", { level: 1, name: "Se connecter" }).waitFor();
        await page.getByLabel("Adresse électronique").fill(email);
        await page.getByLabel("Mot de passe").fill("wrong-password-123");
        await page.getByRole("button", { name: "Se connecter" }).last().click();
        await page.getByText("Adresse e-mail ou mot de passe incorrect.").waitFor();
        await axe(page, "sign-in error fr");
        await shot(page, `${vpName}-fr-signin-error`);
        await page.getByLabel("Mot de passe").fill(password);
        await page.getByRole("button", { name: "Se connecter" }).last().click();
        await page.waitForURL(/\/me$/);
        await idle(page);
        await page.getByTestId("me").getByText(email).waitFor();
      });

      await test(`${vpName}: switch to English, kept after reload, every screen passes axe`, async () => {
        await page.getByRole("button", { name: "Switch to English" }).click();
        await page.getByRole("heading", { level: 1, name: "My space" }).waitFor();
        assert((await page.locator("html").getAttribute("lang")) === "en", "html lang is not en");
        await page.reload();
        await idle(page);
        await page.getByRole("heading", { level: 1, name: "My space" }).waitFor();
        await page.getByText("Member since").waitFor();
        await axe(page, "me en");
        await shot(page, `${vpName}-en-me`);

        await page.getByRole("link", { name: "Venues", exact: true }).click();
        await page.getByRole("heading", { level: 1, name: "Find a venue" }).waitFor();
        await idle(page);
        const card = await page.locator("article.venue-card", { hasText: venue.name }).innerText();
        assert(card.includes("Media library") && card.includes("Printer"), `English labels missing: ${card}`);
        await axe(page, "venues en");
        await shot(page, `${vpName}-en-venues`);

        await page.getByRole("link", { name: venue.name }).click();
        await idle(page);
        await page.getByRole("heading", { level: 2, name: "Access rules" }).waitFor();
        assert((await page.locator("main").innerText()).includes("ADSL 18 Mb/s (upload 1 Mb/s)"), "English connectivity missing");
        await axe(page, "venue en");
        await shot(page, `${vpName}-en-venue`);

        // The API answers in English too: its problem detail comes back translated.
        await page.getByRole("button", { name: "Sign out" }).click();
        await page.getByRole("link", { name: "Sign in" }).first().click();
        await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
        await axe(page, "sign-in en");
        await shot(page, `${vpName}-en-signin`);
        await page.getByLabel("Email address").fill(email);
        await page.getByLabel("Password").fill("wrong-password-123");
        await page.getByRole("button", { name: "Sign in" }).last().click();
        await page.getByText("Wrong email address or password.").waitFor();

        await page.getByRole("link", { name: "Create an account" }).first().click();
        await page.getByRole("heading", { level: 1, name: "Create an account" }).waitFor();
        await page.getByRole("button", { name: "Create my account" }).click();
        await page.getByText("This field is required.").first().waitFor();
        await axe(page, "register en");
        await shot(page, `${vpName}-en-register`);

        // Back to French for the remaining French-only screens.
        await page.getByRole("button", { name: "Passer en français" }).click();
        await page.getByRole("heading", { level: 1, name: "Créer un compte" }).waitFor();
        await axe(page, "register fr");
        await shot(page, `${vpName}-fr-register`);
        await page.getByRole("link", { name: "Se connecter" }).first().click();
        await page.getByRole("heading", { level: 1, name: "Se connecter" }).waitFor();
        await axe(page, "sign-in fr");
        await shot(page, `${vpName}-fr-signin`);
      });

      await test(`${vpName}: unknown paths and venues show a clear message`, async () => {
        await page.goto(`${base}/nowhere`);
        await page.getByRole("heading", { level: 1, name: "Page introuvable" }).waitFor();
        await page.goto(`${base}/venues/00000000-0000-0000-0000-000000000000`);
        await idle(page);
        await page.getByRole("heading", { level: 1, name: "Ce lieu n'existe pas ou plus." }).waitFor();
        await axe(page, "venue 404 fr");
      });

      const day = plusDays(parisToday, 3 + VIEWPORTS.indexOf(vp) * 2);
      const inlineEmail = `inline-${vpName}-${Date.now()}@e2e.test`;
      const bookLink = (range) => page.getByRole("link", { name: new RegExp(`^Réserver ${range} — Bureau 1 \\(e2e\\)`) });
      let bookUrl = "";

      await test(`${vpName}: search by date, duration and commune; the URL holds it; map tiles fail quietly`, async () => {
        await page.goto(`${base}/`);
        await page.getByRole("heading", { level: 1, name: "Réserver un espace de travail" }).waitFor();
        await page.getByLabel("Date", { exact: true }).fill(day);
        await page.getByLabel("Durée").selectOption("120");
        await page.getByLabel("Écran").check();
        await page.getByLabel("Commune", { exact: true }).fill("Laragne-Montéglin");
        await page.getByRole("button", { name: "Chercher un créneau" }).click();
        await page.waitForURL((u) => u.searchParams.get("date") === day && u.searchParams.get("equipment") === "SCREEN" && u.searchParams.get("commune") === "Laragne-Montéglin");
        await idle(page);
        const card = page.locator("article.result-card", { hasText: "Bureau 1 (e2e)" });
        await card.waitFor();
        const text = (await card.innerText()).replace(/[\u202f\u00a0]/g, " ");
        for (const s of ["Médiathèque de Laragne (e2e)", "6,50 € / h, à régler sur place", "8 h – 18 h", "Écran"]) assert(text.includes(s), `result lacks "${s}": ${text}`);
        assert((await page.locator("article.result-card", { hasText: "Salle de réunion" }).count()) === 0, "equipment filter ignored");
        assert((await card.locator(".timeline .seg-free").count()) === 1, "timeline has no free segment");
        await bookLink("8 h – 10 h").waitFor();
        // The map loads on its own; its tiles cannot load, the list stays.
        await page.locator(".results-map .leaflet-container").waitFor({ timeout: 15000 });
        await page.getByText("Le fond de carte n'a pas pu être chargé").waitFor({ timeout: 15000 });
        assert(await card.isVisible(), "list hidden by the map");
        await axe(page, "search fr");
        await shot(page, `${vpName}-fr-search`);
        // Reloading the shared URL gives the same search.
        await page.reload();
        await idle(page);
        await card.waitFor();
        assert((await page.getByLabel("Commune", { exact: true }).inputValue()) === "Laragne-Montéglin", "form not restored from the URL");
      });

      await test(`${vpName}: near me with a radius, and empty results suggest widening`, async () => {
        await page.getByLabel("Autour de moi").check();
        await page.getByRole("button", { name: "Utiliser ma position" }).click();
        await page.getByText("Position retenue").waitFor();
        await page.getByLabel("Rayon").selectOption("10");
        await page.getByLabel("Nombre de places").fill("2");
        await page.getByRole("button", { name: "Chercher un créneau" }).click();
        await page.waitForURL((u) => u.searchParams.get("near") === "44.33,5.83" && u.searchParams.get("radius") === "10");
        await idle(page);
        const card = page.locator("article.result-card", { hasText: "Bureau 1 (e2e)" });
        await card.waitFor();
        assert(/à \d+(,\d)? km/.test(await card.innerText()), "distance missing");
        await page.goto(`${base}/?date=${day}&seats=40&commune=Laragne-Mont%C3%A9glin`);
        await idle(page);
        const empty = page.getByTestId("empty-results");
        await empty.waitFor();
        await empty.getByRole("button", { name: /^Le lendemain/ }).waitFor();
        await empty.getByRole("button", { name: "Toutes les communes" }).waitFor();
        await axe(page, "search empty fr");
        await shot(page, `${vpName}-fr-search-empty`);
        await empty.getByRole("button", { name: /^Le lendemain/ }).click();
        await page.waitForURL((u) => u.searchParams.get("date") === plusDays(day, 1));
      });

      await test(`${vpName}: choose a slot, create the account inline, book, see the booking`, async () => {
        await page.goto(`${base}/?date=${day}&commune=Laragne-Mont%C3%A9glin`);
        await idle(page);
        await bookLink("8 h – 10 h").click();
        await page.waitForURL(/\/book\?/);
        bookUrl = page.url();
        await idle(page);
        await page.getByRole("heading", { level: 1, name: "Réserver ce créneau" }).waitFor();
        await page.getByTestId("booking-summary").getByRole("link", { name: venue.name }).waitFor();
        const summary = (await page.getByTestId("booking-summary").innerText()).replace(/[\u202f\u00a0]/g, " ");
        for (const s of ["Bureau 1 (e2e)", "Médiathèque de Laragne (e2e)", "8 h – 10 h", "6,50 € / h"]) assert(summary.includes(s), `summary lacks "${s}": ${summary}`);
        await page.getByRole("heading", { name: "Identifiez-vous pour réserver" }).waitFor();
        await axe(page, "book signed out fr");
        await shot(page, `${vpName}-fr-book-signed-out`);
        await page.getByLabel("Adresse électronique").fill(inlineEmail);
        await page.getByLabel("Mot de passe").fill("correct-horse-battery");
        await page.getByLabel("Nom affiché").fill(`Inline ${vpName}`);
        await page.getByRole("button", { name: "Créer mon compte" }).click();
        const confirm = page.getByRole("button", { name: "Confirmer la réservation" });
        await confirm.waitFor();
        assert(page.url() === bookUrl, `the chosen slot was lost: ${page.url()}`);
        await page.waitForFunction(() => document.activeElement?.textContent === "Confirmer la réservation", null, { timeout: 5000 });
        await axe(page, "book signed in fr");
        await shot(page, `${vpName}-fr-book`);
        await confirm.click();
        await page.waitForURL(/\/bookings\/[0-9a-f-]{36}\?created=1$/);
        await idle(page);
        await page.getByText("Réservation confirmée.").waitFor();
        await page.getByTestId("booking").getByText("Bureau 1 (e2e)").waitFor();
        const details = await page.getByTestId("booking").innerText();
        assert(details.includes("Confirmée") && details.includes("Bureau 1 (e2e)"), `booking page: ${details}`);
        await page.getByRole("button", { name: "Annuler la réservation" }).waitFor();
        await axe(page, "booking fr");
        await shot(page, `${vpName}-fr-booking`);
      });

      await test(`${vpName}: booking a taken slot shows the API's detail`, async () => {
        await page.goto(bookUrl);
        await idle(page);
        await page.getByRole("button", { name: "Confirmer la réservation" }).click();
        const err = page.getByTestId("booking-error");
        await err.waitFor();
        const text = await err.innerText();
        assert(text.startsWith("Erreur :") && text.length > 15, `no detail: ${text}`);
        await err.getByRole("link", { name: "Voir les autres créneaux de ce jour" }).waitFor();
        await axe(page, "book conflict fr");
        await shot(page, `${vpName}-fr-book-conflict`);
      });

      await test(`${vpName}: my bookings lists it as upcoming, cancel frees the slot`, async () => {
        await page.getByRole("link", { name: "Mon espace" }).click();
        await page.getByRole("heading", { level: 1, name: "Mon espace" }).waitFor();
        await idle(page);
        const upcoming = page.getByTestId("bookings-upcoming");
        await upcoming.getByText("Bureau 1 (e2e)").waitFor();
        assert((await upcoming.innerText()).includes("Confirmée"), "status missing");
        await axe(page, "my bookings fr");
        await shot(page, `${vpName}-fr-my-bookings`);
        await upcoming.getByRole("button", { name: /^Annuler la réservation 8 h – 10 h/ }).click();
        await page.getByText("Réservation annulée.").waitFor();
        await idle(page);
        await upcoming.getByText("Annulée").waitFor();
        await page.getByRole("button", { name: /^Passées/ }).click();
        await page.getByText("Aucune réservation passée.").waitFor();
        await page.goto(`${base}/?date=${day}&commune=Laragne-Mont%C3%A9glin`);
        await idle(page);
        await bookLink("8 h – 10 h").waitFor();
      });

      if (vpName === "desktop") {
        await test(`${vpName}: keyboard only: Tab to a slot, Enter, confirm, cancel on the booking page`, async () => {
          await page.goto(`${base}/?date=${day}&time=10:00&commune=Laragne-Mont%C3%A9glin`);
          await idle(page);
          await bookLink("10 h – 12 h").waitFor();
          const tabTo = async (pattern, max = 120) => {
            for (let i = 0; i < max; i++) {
              await page.keyboard.press("Tab");
              const label = await page.evaluate(() => {
                const el = document.activeElement;
                return `${el?.getAttribute("aria-label") ?? ""} ${el?.textContent ?? ""}`;
              });
              if (pattern.test(label)) return;
            }
            throw new Error(`never reached ${pattern} with Tab`);
          };
          await tabTo(/Réserver 10 h – 12 h — Bureau 1/);
          await page.keyboard.press("Enter");
          await page.waitForURL(/\/book\?/);
          await idle(page);
          await tabTo(/^ Confirmer la réservation$/);
          await page.keyboard.press("Enter");
          await page.waitForURL(/\/bookings\//);
          await idle(page);
          await page.getByText("Réservation confirmée.").waitFor();
          await tabTo(/^ Annuler la réservation$/);
          await page.keyboard.press("Enter");
          await page.getByText("Réservation annulée.").waitFor();
          assert((await page.getByTestId("booking").innerText()).includes("Annulée"), "not cancelled");
        });
      }

      await test(`${vpName}: venue page writes hours out, lists closures and spaces`, async () => {
        await page.goto(`${base}/venues/${venue.id}`);
        await idle(page);
        const hours = await page.getByTestId("opening-hours").innerText();
        assert(hours.startsWith("Du lundi au dimanche, 8 h – 18 h ; ouvert les jours fériés"), `hours: ${hours}`);
        await page.getByTestId("closures").getByText("Inventaire").waitFor();
        await page.locator(".space-list").getByRole("heading", { level: 3, name: "Bureau 1 (e2e)" }).waitFor();
        await axe(page, "venue hours fr");
        await shot(page, `${vpName}-fr-venue-hours`);
      });

      await test(`${vpName}: the manager signs in and opens the console`, async () => {
        await page.getByRole("button", { name: "Se déconnecter" }).click();
        await page.goto(`${base}/signin?next=${encodeURIComponent(`/console/venues/${venue.id}`)}`);
        await page.getByLabel("Adresse électronique").fill(MANAGER.email);
        await page.getByLabel("Mot de passe").fill(MANAGER.password);
        await page.getByRole("button", { name: "Se connecter" }).last().click();
        await page.waitForURL(new RegExp(`/console/venues/${venue.id}$`));
        await page.getByRole("heading", { level: 1, name: `Gérer : ${venue.name}` }).waitFor();
        await idle(page);
        await page.getByTestId("console-hours-text").waitFor();
        await axe(page, "console fr");
        await shot(page, `${vpName}-fr-console`);
      });

      if (vpName === "desktop") {
        await test(`${vpName}: the manager changes the opening hours and the search follows`, async () => {
          await page.getByLabel("Horaires (opening_hours)").fill("Mo-Su 13:00-18:00; PH open");
          await page.getByRole("button", { name: "Appliquer ces horaires" }).click();
          await page.getByText("Horaires enregistrés.").waitFor();
          await page.getByTestId("console-hours-text").getByText("Du lundi au dimanche, 13 h – 18 h").waitFor();
          // The per-day editor: close on Sundays.
          await page.getByRole("button", { name: "Supprimer la plage 1 du dimanche" }).click();
          await page.getByRole("button", { name: "Enregistrer les horaires" }).click();
          await page.getByTestId("console-hours-text").getByText("Du lundi au samedi, 13 h – 18 h ; ouvert les jours fériés").waitFor();
          await page.goto(`${base}/?date=${day}&commune=Laragne-Mont%C3%A9glin`);
          await idle(page);
          await bookLink("13 h – 15 h").waitFor();
          assert((await bookLink("8 h – 10 h").count()) === 0, "the morning is still offered");
        });

        await test(`${vpName}: the manager blocks a slot and it leaves the search`, async () => {
          await page.goto(`${base}/console/venues/${venue.id}`);
          await idle(page);
          await page.getByLabel("Espace", { exact: true }).selectOption({ label: "Bureau 1 (e2e)" });
          await page.locator("#bl-date").fill(day);
          await page.locator("#bl-start").fill("13:00");
          await page.locator("#bl-end").fill("15:00");
          await page.locator("#bl-reason").fill("Réunion interne");
          await page.getByRole("button", { name: "Bloquer un créneau" }).click();
          await page.getByText("Créneau bloqué.").waitFor();
          await page.getByTestId("blocks").getByText("Réunion interne").waitFor();
          await shot(page, `${vpName}-fr-console-block`);
          await page.goto(`${base}/?date=${day}&commune=Laragne-Mont%C3%A9glin`);
          await idle(page);
          await bookLink("15 h – 17 h").waitFor();
          assert((await bookLink("13 h – 15 h").count()) === 0, "the blocked slot is still offered");
          // Back to the usual hours for the next viewport.
          await apiJson("PUT", `/venues/${venue.id}/opening-hours`, { osm: "Mo-Su 08:00-18:00; PH open" });
        });
      }

      await test(`${vpName}: the manager creates a space, edits its rules, and it shows on the venue page and in search`, async () => {
        const spaceName = `Poste partagé (${vpName})`;
        await page.goto(`${base}/console/venues/${venue.id}`);
        await idle(page);
        await page.getByRole("button", { name: "Ajouter un espace" }).click();
        const form = page.getByTestId("space-form");
        await form.getByRole("heading", { name: "Nouvel espace" }).waitFor();
        await form.getByRole("button", { name: "Créer l'espace" }).click();
        await form.getByText("Ce champ est obligatoire.").waitFor();
        assert(await focusReaches(page, "#field-sp-name"), "focus not on the empty name");
        await form.getByLabel("Nom", { exact: true }).fill(spaceName);
        await form.getByLabel("Type d'espace").selectOption("DESK");
        await form.getByLabel("Capacité", { exact: true }).fill("0");
        await form.getByLabel("Places partagées").check();
        await form.getByLabel("Écran").check();
        await form.getByLabel("Tarif horaire en euros").fill("2,5");
        await form.getByLabel("Durée minimale (minutes)").fill("45");
        await form.getByRole("button", { name: "Créer l'espace" }).click();
        await form.getByText("Un nombre entier de 1 à 1000.").waitFor();
        await form.getByText("Un multiple du pas des créneaux (30 minutes).").waitFor();
        assert(await focusReaches(page, "#field-sp-capacity"), "focus not on the first invalid field");
        await axe(page, "console space errors fr");
        await shot(page, `${vpName}-fr-console-space-form`);
        await form.getByLabel("Capacité", { exact: true }).fill("4");
        await form.getByLabel("Durée minimale (minutes)").fill("60");
        await form.getByRole("button", { name: "Créer l'espace" }).click();
        await page.getByText(`Espace créé : ${spaceName}.`).waitFor();
        const row = page.getByTestId("console-spaces").locator("tr", { hasText: spaceName });
        await row.getByText("4 (partagé)").waitFor();
        const created = (await apiJson("GET", `/venues/${venue.id}/spaces`)).find((x) => x.name === spaceName);
        assert(created && created.bookingMode === "SHARED" && created.hourlyRate === 2.5 && created.equipment.includes("SCREEN"), `space not stored as typed: ${JSON.stringify(created)}`);

        // Edit its rules.
        await page.getByRole("button", { name: `Modifier l'espace ${spaceName}` }).click();
        await form.getByRole("heading", { name: `Modifier : ${spaceName}` }).waitFor();
        await form.getByLabel("Durée maximale (minutes)").fill("240");
        await form.getByLabel("Délai de prévenance (minutes)").fill("60");
        await form.getByRole("button", { name: "Enregistrer l'espace" }).click();
        await page.getByText(`Espace enregistré : ${spaceName}.`).waitFor();
        const edited = await apiJson("GET", `/spaces/${created.id}`);
        assert(edited.rules.maxMinutes === 240 && edited.rules.minNoticeMinutes === 60 && edited.rules.minMinutes === 60, `rules not saved: ${JSON.stringify(edited.rules)}`);

        // Someone else saves meanwhile: the console refuses to overwrite and offers to reload.
        await page.getByRole("button", { name: `Modifier l'espace ${spaceName}` }).click();
        await form.getByLabel("Durée maximale (minutes)").fill("180");
        const { id: _id, venueId: _venueId, version: _version, ...others } = edited;
        await apiJson("PUT", `/spaces/${created.id}`, { ...others, description: "Changé par un collègue" });
        await form.getByRole("button", { name: "Enregistrer l'espace" }).click();
        await form.getByText("Quelqu'un a modifié cette fiche entre-temps").waitFor();
        await axe(page, "console space conflict fr");
        await shot(page, `${vpName}-fr-console-space-conflict`);
        await form.getByRole("button", { name: "Recharger la fiche actuelle" }).click();
        await page.waitForFunction(() => document.querySelector("#sp-description")?.value === "Changé par un collègue", null, { timeout: 5000 });
        await form.getByLabel("Durée maximale (minutes)").fill("180");
        await form.getByRole("button", { name: "Enregistrer l'espace" }).click();
        await page.getByText(`Espace enregistré : ${spaceName}.`).waitFor();
        assert((await apiJson("GET", `/spaces/${created.id}`)).rules.maxMinutes === 180, "the second save was lost");

        await page.goto(`${base}/venues/${venue.id}`);
        await idle(page);
        await page.getByText(spaceName).first().waitFor();
        await page.goto(`${base}/?date=${day}&commune=Laragne-Mont%C3%A9glin`);
        await idle(page);
        await page.locator("article.result-card", { hasText: spaceName }).first().waitFor();
      });

      await test(`${vpName}: the manager approves one agreement request and rejects another`, async () => {
        const asking = await newMember(`Alix Demande ${vpName}`, false);
        const refused = await newMember(`Bruno Refus ${vpName}`, false);
        const first = await apiJson("POST", `/venues/${venue.id}/agreements`, { templateId: agreementTemplate.id, motivation: "Télétravail deux jours par semaine." }, asking.token);
        const second = await apiJson("POST", `/venues/${venue.id}/agreements`, { templateId: agreementTemplate.id, motivation: "Pour voir." }, refused.token);
        await page.goto(`${base}/console/venues/${venue.id}`);
        await idle(page);
        const requests = page.getByTestId("agreement-requests");
        await requests.getByText("Télétravail deux jours par semaine.").waitFor();
        await axe(page, "console agreements fr");
        await shot(page, `${vpName}-fr-console-agreements`);
        await page.getByRole("button", { name: `Valider la demande de convention de ${asking.displayName}` }).click();
        await page.getByText(`Convention de ${asking.displayName} validée.`).waitFor();
        assert((await apiJson("GET", `/agreements/${first.id}`)).status === "ACTIVE", "the agreement is not active");
        await page.getByRole("button", { name: `Refuser la demande de convention de ${refused.displayName}` }).click();
        await page.getByLabel("Motif du refus").fill("Places réservées aux habitants du canton");
        await page.getByRole("button", { name: "Confirmer le refus" }).click();
        await page.getByText(`Demande de ${refused.displayName} refusée.`).waitFor();
        const rejected = await apiJson("GET", `/agreements/${second.id}`);
        assert(rejected.status === "REJECTED" && rejected.decisionReason === "Places réservées aux habitants du canton", `not rejected: ${JSON.stringify(rejected)}`);
        await page.getByText("Aucune demande en attente.").waitFor();
      });

      await test(`${vpName}: the manager blocks hours from the week planning, by dragging and with the keyboard`, async () => {
        const thisMonday = plusDays(parisToday, -((new Date(`${parisToday}T12:00:00Z`).getUTCDay() + 6) % 7));
        const target = plusDays(thisMonday, 8 + VIEWPORTS.indexOf(vp));
        await page.goto(`${base}/console/venues/${venue.id}`);
        await idle(page);
        await page.getByLabel("Espace", { exact: true }).selectOption({ label: "Salle de réunion (e2e)" });
        const planner = page.getByTestId("block-planner");
        await planner.getByRole("heading", { name: "Planning de la semaine : Salle de réunion (e2e)" }).waitFor();
        await planner.getByRole("button", { name: /Semaine suivante/ }).click();
        const cell = (hour) => planner.locator(`[data-day="${target}"][data-hour="${hour}"]`);
        await cell(9).waitFor();
        const chosen = async (start, end) => {
          assert(await focusReaches(page, "#bl-reason"), "focus did not move to the block's reason");
          assert((await page.locator("#bl-date").inputValue()) === target, "the planning did not fill the date");
          assert((await page.locator("#bl-start").inputValue()) === start && (await page.locator("#bl-end").inputValue()) === end,
            `the planning filled ${await page.locator("#bl-start").inputValue()}–${await page.locator("#bl-end").inputValue()}, not ${start}–${end}`);
        };
        if (vpName === "desktop") {
          await cell(9).scrollIntoViewIfNeeded();
          const a = await cell(9).boundingBox();
          const b = await cell(10).boundingBox();
          await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
          await page.mouse.down();
          await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
          await page.mouse.up();
          await chosen("09:00", "11:00");
          await page.locator("#bl-reason").fill("Atelier numérique");
          await page.getByRole("button", { name: "Bloquer un créneau" }).click();
          await page.getByText("Créneau bloqué.").waitFor();
          await page.getByTestId("blocks").getByText("Atelier numérique").waitFor();
          await planner.locator(`[data-day="${target}"][data-hour="9"][aria-label$="Occupé"]`).waitFor();
        }
        // The keyboard equivalent: Enter on the first hour, then on the last.
        await cell(14).focus();
        await page.keyboard.press("Enter");
        await planner.getByText(/^Début : .*Choisissez maintenant la dernière heure/).waitFor();
        await cell(15).focus();
        await page.keyboard.press("Enter");
        await chosen("14:00", "16:00");
        await axe(page, "console planner fr");
        await shot(page, `${vpName}-fr-console-planner`);
        await page.locator("#bl-reason").fill(`Permanence ${vpName}`);
        await page.getByRole("button", { name: "Bloquer un créneau" }).click();
        await page.getByText("Créneau bloqué.").waitFor();
        await page.getByTestId("blocks").getByText(`Permanence ${vpName}`).waitFor();
        await planner.locator(`[data-day="${target}"][data-hour="15"][aria-label$="Occupé"]`).waitFor();
      });

      await test(`${vpName}: the manager sees the week's bookings; new screens pass axe in English`, async () => {
        await page.goto(`${base}/console/venues/${venue.id}`);
        await idle(page);
        await page.getByLabel("Semaine du").fill(day);
        await idle(page);
        await page.getByTestId("venue-bookings").getByText(`Inline ${vpName}`).first().waitFor();
        await page.getByRole("button", { name: "Switch to English" }).click();
        await page.getByRole("heading", { level: 1, name: `Manage: ${venue.name}` }).waitFor();
        await idle(page);
        await axe(page, "console en");
        await shot(page, `${vpName}-en-console`);
        await page.goto(`${base}/?date=${day}&commune=Laragne-Mont%C3%A9glin`);
        await idle(page);
        const card = page.locator("article.result-card", { hasText: "Bureau 1 (e2e)" });
        await card.waitFor();
        assert((await card.innerText()).includes("€6.50 / h, paid on site"), "English price missing");
        await axe(page, "search en");
        await shot(page, `${vpName}-en-search`);
        await card.getByRole("link", { name: /^Book / }).first().click();
        await page.waitForURL(/\/book\?/);
        await idle(page);
        await page.getByRole("heading", { level: 1, name: "Book this slot" }).waitFor();
        await axe(page, "book en");
        await shot(page, `${vpName}-en-book`);
        const englishBookUrl = page.url();
        await page.getByRole("button", { name: "Sign out" }).click();
        await page.goto(englishBookUrl);
        await idle(page);
        await page.getByRole("heading", { name: "Identify yourself to book" }).waitFor();
        await axe(page, "book signed out en");
        await page.goto(`${base}/?date=${day}&seats=40&commune=Laragne-Mont%C3%A9glin`);
        await idle(page);
        await page.getByTestId("empty-results").waitFor();
        await axe(page, "search empty en");
        await page.goto(`${base}/venues/${venue.id}`);
        await idle(page);
        assert((await page.getByTestId("opening-hours").innerText()).startsWith("Monday to Sunday, 8:00 – 18:00; open on public holidays"), "English hours");
        await axe(page, "venue hours en");
        await shot(page, `${vpName}-en-venue-hours`);
        // Sign in again as the inline member for the English booking screens.
        await page.goto(`${base}/signin?next=/me`);
        await page.getByLabel("Email address").fill(inlineEmail);
        await page.getByLabel("Password").fill("correct-horse-battery");
        await page.getByRole("button", { name: "Sign in" }).last().click();
        await page.waitForURL(/\/me$/);
        await idle(page);
        await page.getByRole("heading", { level: 2, name: "My bookings" }).waitFor();
        await axe(page, "my bookings en");
        await shot(page, `${vpName}-en-my-bookings`);
        await page.getByTestId("bookings-upcoming").getByRole("link").first().click();
        await page.waitForURL(/\/bookings\//);
        await idle(page);
        await page.getByRole("heading", { level: 1, name: "My booking" }).waitFor();
        await axe(page, "booking en");
        await shot(page, `${vpName}-en-booking`);
        await page.getByRole("button", { name: "Sign out" }).click();
        await page.getByRole("button", { name: "Passer en français" }).click();
      });

      // ---------- new screens: week view, regular booking, calendar feed ----------
      const weekdayFr = (date) => new Intl.DateTimeFormat("fr-FR", { weekday: "long", timeZone: "UTC" }).format(new Date(`${date}T12:00:00Z`));
      const mondayOf = (date) => plusDays(date, -((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7));
      const adminBook = (date, from, to) => apiJson("POST", "/bookings", { spaceId: office.id, start: at(date, from), end: at(date, to) });
      const adminCancel = (id) => apiJson("POST", `/bookings/${id}/cancel`, {});

      await test(`${vpName}: the venue page's week view shows a booked hour as busy, in text`, async () => {
        const booked = await adminBook(day, "16:00", "17:00");
        await page.goto(`${base}/venues/${venue.id}`);
        await idle(page);
        const week = page.getByTestId("venue-week");
        await week.getByRole("heading", { level: 2, name: "Disponibilités de la semaine" }).waitFor();
        const weeksAhead = Math.round((Date.parse(mondayOf(day)) - Date.parse(mondayOf(parisToday))) / (7 * 86400000));
        for (let i = 0; i < weeksAhead; i++) {
          await week.getByRole("button", { name: /Semaine suivante/ }).click();
          await idle(page);
        }
        const grid = page.getByTestId(`week-${office.id}`);
        const col = Math.round((Date.parse(day) - Date.parse(mondayOf(day))) / 86400000);
        const cell = (hour) => grid.locator("tbody tr", { has: page.locator("th", { hasText: new RegExp(`^${hour} h$`) }) }).locator("td").nth(col);
        assert((await cell(16).getAttribute("data-state")) === "busy", "16 h is not busy");
        assert((await cell(16).textContent()).includes("Occupé"), "busy cell has no text");
        assert((await cell(17).getAttribute("data-state")) === "free", "17 h is not free");
        assert((await cell(17).textContent()).includes("Libre"), "free cell has no text");
        await grid.getByText("Créneaux libres de Bureau 1 (e2e), jour par jour").click();
        const list = await grid.locator(".week-list").innerText();
        assert(list.includes("15 h – 16 h") || list.includes("– 16 h, 17 h"), `the text list does not stop at 16 h: ${list}`);
        await axe(page, "venue week fr");
        await shot(page, `${vpName}-fr-venue-week`);
        await page.getByRole("button", { name: "Switch to English" }).click();
        await week.getByRole("heading", { level: 2, name: "This week's availability" }).waitFor();
        await idle(page);
        await axe(page, "venue week en");
        await shot(page, `${vpName}-en-venue-week`);
        await page.getByRole("button", { name: "Passer en français" }).click();
        await adminCancel(booked.id);
      });

      await test(`${vpName}: regular booking: checks, dry run with skipped and conflicting dates, 409 list, then books all`, async () => {
        const [from, until] = [plusDays(parisToday, 15), plusDays(parisToday, 27)]; // no date before the closure
        const [d1, d2, d3] = [closureDay, plusDays(closureDay, 1), plusDays(closureDay, 7)]; // closed, free, free
        const [start, end] = vpName === "desktop" ? ["09:00", "10:00"] : ["10:00", "11:00"];
        await page.goto(`${base}/venues/${venue.id}`);
        await idle(page);
        await page.getByRole("link", { name: "Réserver régulièrement : Bureau 1 (e2e)" }).click();
        await page.getByRole("heading", { level: 1, name: "Réservation régulière" }).waitFor();
        await idle(page);
        await page.getByText("Connectez-vous pour réserver régulièrement.").waitFor();
        await page.locator("main").getByRole("link", { name: "Se connecter" }).click();
        await page.getByLabel("Adresse électronique").fill(inlineEmail);
        await page.getByLabel("Mot de passe").fill("correct-horse-battery");
        await page.getByRole("button", { name: "Se connecter" }).last().click();
        await page.waitForURL(/\/series\?space=/);
        await idle(page);
        await page.getByRole("button", { name: "Vérifier les dates" }).waitFor();
        for (const d of ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]) {
          await page.getByRole("checkbox", { name: d }).setChecked(d === weekdayFr(d1) || d === weekdayFr(d2));
        }
        await page.getByLabel("Heure de début").fill(start);
        await page.getByLabel("Heure de fin").fill("08:00");
        await page.getByLabel("Première date").fill(from);
        await page.getByLabel("Dernière date (incluse)").fill(until);
        await page.getByRole("button", { name: "Vérifier les dates" }).click();
        await page.getByText("La fin doit suivre le début.").waitFor();
        await page.getByLabel("Heure de fin").fill(end);
        // Someone books the last date first: the dry run shows the conflict and booking is off.
        const taken = await adminBook(d3, start, end);
        await page.getByRole("button", { name: "Vérifier les dates" }).click();
        const preview = page.getByTestId("series-preview");
        await preview.waitFor();
        await page.getByRole("heading", { name: "Aperçu : 1 date(s) libre(s), 1 en conflit, 1 sautée(s)" }).waitFor();
        const rows = await preview.innerText();
        assert(rows.includes("Sautée") && rows.includes("En conflit") && rows.includes("Libre"), `preview: ${rows}`);
        await page.getByText("Des dates sont en conflit").waitFor();
        assert((await page.getByRole("button", { name: /^Réserver ces/ }).count()) === 0, "booking offered despite a conflict");
        await axe(page, "series preview fr");
        await shot(page, `${vpName}-fr-series-preview`);
        // Freed again, checked again: then taken between the dry run and the booking → 409 with its dates.
        await adminCancel(taken.id);
        await page.getByRole("button", { name: "Vérifier les dates" }).click();
        await page.getByRole("heading", { name: "Aperçu : 2 date(s) libre(s), 0 en conflit, 1 sautée(s)" }).waitFor();
        const raced = await adminBook(d2, start, end);
        await page.getByRole("button", { name: "Réserver ces 2 dates" }).click();
        const conflicts = page.getByTestId("series-conflicts");
        await conflicts.waitFor();
        assert((await conflicts.locator("li").count()) === 1, "the 409's conflicts are not listed");
        await page.getByText("Rien n'a été réservé. Dates en conflit :").waitFor();
        await axe(page, "series conflict fr");
        await shot(page, `${vpName}-fr-series-conflict`);
        await adminCancel(raced.id);
        await page.getByRole("button", { name: "Vérifier les dates" }).click();
        await page.getByRole("heading", { name: "Aperçu : 2 date(s) libre(s), 0 en conflit, 1 sautée(s)" }).waitFor();
        await page.getByRole("button", { name: "Réserver ces 2 dates" }).click();
        await page.getByText("Série réservée : 2 réservation(s).").waitFor();
        await axe(page, "series booked fr");
        await shot(page, `${vpName}-fr-series-booked`);
        await page.getByRole("button", { name: "Switch to English" }).click();
        await page.getByRole("heading", { level: 1, name: "Regular booking" }).waitFor();
        await page.getByRole("button", { name: "Check the dates" }).click();
        await page.getByRole("heading", { name: /^Preview: / }).waitFor();
        await axe(page, "series en");
        await shot(page, `${vpName}-en-series`);
        await page.getByRole("button", { name: "Passer en français" }).click();
      });

      await test(`${vpName}: my space shows the calendar feed; a new address replaces the old one; booking page links it`, async () => {
        await page.goto(`${base}/me`);
        await idle(page);
        const input = page.getByTestId("feed-url");
        await input.waitFor();
        const first = await input.inputValue();
        assert(/\/api\/v1\/me\/calendar\.ics\?token=/.test(first), `feed url: ${first}`);
        const viaApi = (u) => fetch(`${apiUrl}${new URL(u).pathname}${new URL(u).search}`);
        const ics = await viaApi(first);
        assert(ics.status === 200 && (await ics.text()).includes("BEGIN:VCALENDAR"), `feed: ${ics.status}`);
        await page.getByRole("button", { name: "Copier l'adresse" }).click();
        await page.getByText(/^(Adresse copiée\.|Copie impossible)/).waitFor();
        await page.getByRole("button", { name: "Générer une nouvelle adresse" }).click();
        await page.getByText("L'adresse actuelle cessera aussitôt de fonctionner").waitFor();
        await axe(page, "feed confirm fr");
        await shot(page, `${vpName}-fr-me-feed-confirm`);
        await page.getByRole("button", { name: "Oui, générer une nouvelle adresse" }).click();
        await page.getByText("Nouvelle adresse générée ; l'ancienne ne fonctionne plus.").waitFor();
        const second = await input.inputValue();
        assert(second !== first && /calendar\.ics\?token=/.test(second), "the address did not change");
        assert((await viaApi(first)).status === 404, "the old feed still answers");
        assert((await viaApi(second)).status === 200, "the new feed does not answer");
        await page.getByRole("button", { name: "Switch to English" }).click();
        await page.getByRole("heading", { level: 2, name: "My calendar" }).waitFor();
        await axe(page, "feed en");
        await shot(page, `${vpName}-en-me-feed`);
        await page.getByRole("button", { name: "Passer en français" }).click();
        await page.getByTestId("bookings-upcoming").getByRole("link").first().click();
        await page.waitForURL(/\/bookings\//);
        await idle(page);
        const add = page.getByRole("link", { name: "Ajouter à mon agenda" });
        await add.waitFor();
        assert((await add.getAttribute("href")) === second, "add-to-calendar does not point to the feed");
        await page.getByRole("button", { name: "Se déconnecter" }).click();
      });

      // My space journeys: each with a throwaway member of its own, signed in through the UI.
      const throwaway = async (tag) => {
        const who = `${tag}-${vpName}-${Date.now()}@e2e.test`;
        await apiJson("POST", "/auth/register", { email: who, password, displayName: `Membre ${tag}` }, null);
        return who;
      };
      const signInUi = async (who, next = "/me") => {
        await page.goto(`${base}/signin?next=${encodeURIComponent(next)}`);
        await page.getByLabel("Adresse électronique").fill(who);
        await page.getByLabel("Mot de passe").fill(password);
        await page.getByRole("button", { name: "Se connecter" }).last().click();
        await page.waitForURL((u) => u.pathname === next);
        await idle(page);
      };

      await test(`${vpName}: my profile and consents are saved and kept after reload`, async () => {
        const who = await throwaway("profil");
        await signInUi(who);
        await page.getByRole("navigation", { name: "Dans mon espace" }).getByRole("link", { name: "Mon profil et mes consentements" }).click();
        const form = page.getByTestId("profile-form");
        await form.waitFor();
        await form.getByLabel("Téléphone").fill("abc");
        await form.getByLabel("Adresse électronique").fill(`nouvelle-${who}`);
        await form.getByRole("button", { name: "Enregistrer mon profil" }).click();
        await form.getByText("Un numéro de 6 à 30 chiffres").waitFor();
        await form.getByText("Saisissez votre mot de passe actuel").waitFor();
        assert(await focusReaches(page, "[aria-invalid=true]"), "focus did not move to the first invalid field");
        await axe(page, "profile errors fr");
        await form.getByLabel("Adresse électronique").fill(who);
        await form.getByLabel("Téléphone").fill("04 92 65 00 00");
        await form.getByLabel("Commune").fill("Upaix");
        await form.getByLabel("Activité").fill("Graphiste");
        await form.getByLabel("Situation").selectOption("FREELANCER");
        await form.getByLabel("Apparaître dans l'annuaire des contacts du territoire").check();
        await form.getByLabel("Recevoir les nouvelles du réseau").check();
        await form.getByRole("button", { name: "Enregistrer mon profil" }).click();
        await form.getByText("Profil enregistré.").waitFor();
        await page.reload();
        await idle(page);
        await form.waitFor();
        assert((await form.getByLabel("Téléphone").inputValue()) === "04 92 65 00 00", "phone not kept");
        assert((await form.getByLabel("Commune").inputValue()) === "Upaix", "commune not kept");
        assert((await form.getByLabel("Activité").inputValue()) === "Graphiste", "activity not kept");
        assert((await form.getByLabel("Situation").inputValue()) === "FREELANCER", "status not kept");
        assert(await form.getByLabel("Apparaître dans l'annuaire des contacts du territoire").isChecked(), "directory consent not kept");
        assert(await form.getByLabel("Recevoir les nouvelles du réseau").isChecked(), "news consent not kept");
        assert((await form.getByLabel("Situation").locator("option:checked").innerText()) === "Indépendant·e, freelance", "status not in French");
        // A new password with a wrong current one: the API's 403 detail is shown.
        await form.getByLabel("Nouveau mot de passe").fill("another-password-456");
        await form.getByLabel("Mot de passe actuel").fill("wrong-password-000");
        await form.getByRole("button", { name: "Enregistrer mon profil" }).click();
        const alert = form.locator(".error-box");
        await alert.waitFor();
        assert((await alert.innerText()).startsWith("Erreur :"), "no problem detail shown");
        await axe(page, "profile fr");
        await shot(page, `${vpName}-fr-me-profile`);
        await page.getByRole("button", { name: "Switch to English" }).click();
        await page.getByRole("heading", { level: 2, name: "My profile and consents" }).waitFor();
        await idle(page);
        await axe(page, "profile en");
        await shot(page, `${vpName}-en-me-profile`);
        await page.getByRole("button", { name: "Passer en français" }).click();
        await page.getByRole("button", { name: "Se déconnecter" }).click();
      });

      await test(`${vpName}: a booking refused for want of an agreement leads to the venue's; the request shows in my space`, async () => {
        const who = await throwaway("convention");
        await signInUi(who);
        const day = plusDays(parisToday, 3);
        await page.goto(`${base}/book?${new URLSearchParams({ space: overseas.deskId, start: `${day}T10:00:00-03:00`, end: `${day}T11:00:00-03:00` })}`);
        await idle(page);
        const summary = page.getByTestId("booking-summary");
        await summary.getByText(overseas.name).waitFor();
        const when = await summary.innerText();
        assert(when.includes("10 h – 11 h") && when.includes("heure de Cayenne"), `times not on the venue's clock: ${when}`);
        await page.getByRole("button", { name: "Confirmer la réservation" }).click();
        await page.getByTestId("booking-error").waitFor();
        await page.getByTestId("agreement-link").click();
        await page.waitForURL((u) => u.pathname === `/venues/${overseas.id}` && u.hash === "#agreements");
        await idle(page);
        assert(await focusReaches(page, "#venue-agreements-title"), "focus did not reach the agreements");
        assert((await page.getByTestId("venue-zone").innerText()) === "heure de Cayenne (America/Cayenne)", "venue zone missing");
        const card = page.getByTestId("agreement-template");
        const text = await card.innerText();
        for (const s of ["Convention d'accès régulier (e2e)", "Accès régulier", "Oui : sans convention en cours"]) assert(text.includes(s), `template lacks "${s}": ${text}`);
        await card.getByText("Lire le texte de la convention (version 1)").click();
        await card.getByText("Habiter ou travailler en Guyane.").waitFor();
        assert((await card.locator("li strong", { hasText: "respecter" }).count()) === 1, "markdown list with bold not rendered");
        assert((await card.innerText()).includes("<b>pas de HTML</b>"), "raw HTML was not kept as text");
        assert((await card.locator("b").count()) === 0, "raw HTML was injected");
        await axe(page, "venue agreements fr");
        await shot(page, `${vpName}-fr-venue-agreements`);
        await card.getByLabel("Votre motivation").fill("Graphiste installée à Cayenne, deux jours par semaine.");
        await card.getByRole("button", { name: "Demander cette convention" }).click();
        await page.getByTestId("agreement-requested").waitFor();
        await page.getByRole("link", { name: "Voir mes conventions" }).click();
        await page.waitForURL((u) => u.pathname === "/me");
        await idle(page);
        const mine = page.getByTestId("my-agreements").getByTestId("agreement").first();
        await mine.locator('[data-status="PENDING"]', { hasText: "En attente de validation" }).waitFor();
        await mine.getByText("Lire le texte accepté (version 1)").click();
        await mine.getByText("à ranger son poste.").waitFor();
        await axe(page, "my agreements fr");
        await shot(page, `${vpName}-fr-me-agreements`);
        // The venue approves it; the member ends it, after a confirmation.
        const memberToken = (await apiJson("POST", "/auth/token", { email: who, password }, null)).accessToken;
        const [requested] = await apiJson("GET", "/me/agreements", undefined, memberToken);
        await apiJson("POST", `/agreements/${requested.id}/approve`, undefined);
        await page.reload();
        await idle(page);
        await mine.locator('[data-status="ACTIVE"]', { hasText: "En cours" }).waitFor();
        assert((await mine.innerText()).includes("Validité"), "validity dates missing");
        await mine.getByRole("button", { name: /^Résilier cette convention/ }).click();
        await page.getByText("Résilier la convention « Convention d'accès régulier (e2e) » ?").waitFor();
        await axe(page, "agreement end confirm fr");
        await page.getByRole("button", { name: "Oui : Résilier cette convention" }).click();
        await page.getByText("Convention résiliée.").waitFor();
        await mine.locator('[data-status="TERMINATED"]').waitFor();
        await page.getByRole("button", { name: "Switch to English" }).click();
        await page.getByRole("heading", { level: 2, name: "My agreements and requests" }).waitFor();
        await idle(page);
        await axe(page, "my agreements en");
        await shot(page, `${vpName}-en-me-agreements`);
        await page.goto(`${base}/venues/${overseas.id}`);
        await page.getByTestId("venue-agreements").waitFor();
        await idle(page);
        await axe(page, "venue agreements en");
        await page.getByRole("button", { name: "Passer en français" }).click();
        await page.getByRole("button", { name: "Se déconnecter" }).click();
      });

      await test(`${vpName}: export my data as JSON, then delete the account; signing in with it fails`, async () => {
        const who = await throwaway("efface");
        await signInUi(who);
        const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Télécharger mes données (JSON)" }).click()]);
        assert(/^coopconnect-mes-donnees-\d{4}-\d{2}-\d{2}\.json$/.test(download.suggestedFilename()), `file name: ${download.suggestedFilename()}`);
        const exported = JSON.parse(readFileSync(await download.path(), "utf8"));
        assert(exported.profile?.email === who && JSON.stringify(exported).includes(who), "the export lacks my email");
        await page.getByText(/^Fichier téléchargé : coopconnect-mes-donnees-/).waitFor();
        await page.getByRole("button", { name: "Supprimer mon compte…" }).click();
        await page.getByText("Confirmez avec votre mot de passe").waitFor();
        const erase = page.getByRole("button", { name: "Supprimer définitivement mon compte" });
        await erase.click();
        await page.getByText("Ce champ est obligatoire.").waitFor();
        assert(await focusReaches(page, "[aria-invalid=true]"), "focus not on the password");
        await page.getByLabel("Votre mot de passe", { exact: true }).fill("wrong-password-000");
        await erase.click();
        await page.locator("form.confirm-box .error-box").waitFor();
        await axe(page, "delete account fr");
        await shot(page, `${vpName}-fr-me-delete`);
        await page.getByLabel("Votre mot de passe", { exact: true }).fill(password);
        await erase.click();
        await page.waitForURL((u) => u.pathname === "/");
        await page.getByTestId("flash").getByText("Votre compte est supprimé.").waitFor();
        await page.getByTestId("auth-state").getByText("Non connecté·e").waitFor();
        await axe(page, "home after deletion fr");
        await page.goto(`${base}/signin`);
        await page.getByLabel("Adresse électronique").fill(who);
        await page.getByLabel("Mot de passe").fill(password);
        await page.getByRole("button", { name: "Se connecter" }).last().click();
        await page.getByText("Adresse e-mail ou mot de passe incorrect.").waitFor();
      });

      await test(`${vpName}: no console errors, no CSP violations, no request to another host`, async () => {
        assert(problems.length === 0, problems.join("\n"));
      });
      await context.close();
    }

    // ---------- embeddable view (framed by another origin) and network console ----------
    // A page of another site (another origin: same loopback host, another port) that frames
    // the embed — or, to prove the rule, the venue list. A real server, not a routed response:
    // Chromium's local-network-access checks refuse a "public" page framing 127.0.0.1.
    const embedSrc = `${base}/embed?commune=${encodeURIComponent("Laragne-Montéglin")}`;
    const hostServer = http.createServer((req, res) => {
      const u = new URL(req.url ?? "/", "http://x");
      const src = u.pathname === "/forbidden" ? `${base}/venues` : `${embedSrc}${u.searchParams.get("lang") ? `&lang=${u.searchParams.get("lang")}` : ""}`;
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      res.end(
        `<!doctype html><html lang="fr"><head><title>Mairie de Laragne</title></head><body><main><h1>Mairie de Laragne</h1><iframe src="${src}" width="360" height="480" title="Places libres près de Laragne" loading="lazy"></iframe></main></body></html>`,
      );
    });
    await new Promise((resolve) => hostServer.listen(0, "127.0.0.1", resolve));
    const HOST = `http://127.0.0.1:${hostServer.address().port}`;
    for (const vp of VIEWPORTS) {
      const { name: vpName, ...contextOptions } = vp;
      log(`\n${vpName}: embed and network console`);
      const context = await browser.newContext({ ...contextOptions, locale: "fr-FR" });
      const page = await context.newPage();
      const problems = [];
      const cspRefusals = [];
      page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
      page.on("console", (m) => {
        if (m.type() !== "error") return;
        if (/frame-ancestors|X-Frame-Options|Refused to (display|frame)/i.test(m.text())) cspRefusals.push(m.text());
        else if (!m.text().startsWith("Failed to load resource: the server responded with a status of 4")) problems.push(`console error: ${m.text()}`);
      });

      await test(`${vpName}: the embed, framed by another origin, lists today's and tomorrow's free places`, async () => {
        await page.goto(`${HOST}/`);
        const frame = page.frameLocator("iframe");
        await frame.getByRole("heading", { level: 1, name: "Places libres près de Laragne-Montéglin" }).waitFor({ timeout: 15000 });
        const results = frame.getByTestId("embed-results");
        await results.waitFor({ timeout: 15000 });
        const text = await results.innerText();
        assert(text.includes("Bureau 1 (e2e)") && text.includes("Demain") && text.includes("Aujourd'hui"), `embed: ${text}`);
        const link = results.getByRole("link", { name: /^Réserver .*Bureau 1 \(e2e\)/ }).first();
        assert((await link.getAttribute("target")) === "_top", "slot links do not open the full app");
        assert(/^\/book\?/.test(await link.getAttribute("href")), "slot link does not lead to booking");
        assert(cspRefusals.length === 0, `CSP refused the frame: ${cspRefusals.join("; ")}`);
        await axe(page, "embed framed fr");
        await shot(page, `${vpName}-fr-embed-framed`);
        // A slot link replaces the host page with the full app.
        await link.click();
        await page.waitForURL(/\/book\?/);
        await page.getByRole("heading", { level: 1, name: "Réserver ce créneau" }).waitFor();
      });

      await test(`${vpName}: the embed in English and on its own; other pages refuse to be framed`, async () => {
        await page.goto(`${HOST}/?lang=en`);
        const frame = page.frameLocator("iframe");
        await frame.getByRole("heading", { level: 1, name: "Free places near Laragne-Montéglin" }).waitFor({ timeout: 15000 });
        await frame.getByTestId("embed-results").getByText("Tomorrow").first().waitFor();
        await axe(page, "embed framed en");
        await shot(page, `${vpName}-en-embed-framed`);
        await page.goto(`${base}/embed?venue=${venue.id}&lang=fr`);
        await page.getByRole("heading", { level: 1, name: `Places libres près de ${venue.name}` }).waitFor();
        await page.getByTestId("embed-results").waitFor();
        assert((await page.locator("header, nav").count()) === 0, "the embed shows the site header");
        await axe(page, "embed fr");
        await shot(page, `${vpName}-fr-embed`);
        const res = await fetch(embedSrc);
        assert(/frame-ancestors \*/.test(res.headers.get("content-security-policy") ?? "") && !res.headers.get("x-frame-options"), "embed headers");
        await page.goto(`${HOST}/forbidden`);
        await page.waitForTimeout(1500);
        assert((await page.frameLocator("iframe").getByRole("heading", { name: "Trouver un lieu" }).count()) === 0, "the venue list rendered inside a frame");
        cspRefusals.length = 0; // the refusal Chromium logs for the venue list is the expected one
      });

      await test(`${vpName}: the network console creates a venue, appoints and removes a manager`, async () => {
        await page.goto(`${base}/signin?next=${encodeURIComponent("/console/network")}`);
        await page.getByLabel("Adresse électronique").fill(ADMIN_EMAIL);
        await page.getByLabel("Mot de passe").fill(ADMIN_PASSWORD);
        await page.getByRole("button", { name: "Se connecter" }).last().click();
        await page.waitForURL(/\/console\/network$/);
        await page.getByRole("heading", { level: 1, name: "Console du réseau" }).waitFor();
        await idle(page);
        await page.getByTestId("network-venues").getByRole("link", { name: venue.name, exact: true }).waitFor();
        await axe(page, "network fr");
        await shot(page, `${vpName}-fr-network`);
        await page.getByRole("button", { name: "Créer le lieu" }).click();
        await page.getByText("Ce champ est obligatoire.").first().waitFor();
        assert(await focusReaches(page, "[aria-invalid=true]"), "focus not on the first invalid field");
        await axe(page, "network errors fr");
        const name = `Tiers-lieu de Ribiers (${vpName})`;
        await page.getByLabel("Nom", { exact: true }).fill(name);
        await page.getByLabel("Type", { exact: true }).selectOption("THIRD_PLACE");
        await page.getByLabel("Commune", { exact: true }).fill("Ribiers");
        await page.getByLabel("Code postal").fill("05300");
        await page.getByLabel("Latitude").fill("44,2317");
        await page.getByLabel("Longitude").fill("5.8617");
        await page.getByRole("button", { name: "Créer le lieu" }).click();
        await page.getByText(`Lieu créé : ${name}.`).waitFor();
        await idle(page);
        await page.getByTestId("network-venues").getByRole("link", { name, exact: true }).waitFor();
        // The venue's managers by name, and appointing one chosen from the directory.
        await page.getByLabel("Lieu", { exact: true }).selectOption({ label: venue.name });
        await page.getByTestId("venue-managers").getByText(`${MANAGER.displayName} — ${MANAGER.email}`).waitFor();
        await page.getByLabel("Lieu", { exact: true }).selectOption({ label: name });
        await page.getByText("Aucun gestionnaire : seuls les administrateurs du réseau gèrent ce lieu.").waitFor();
        await page.getByLabel("Nom, e-mail ou commune du membre").fill(MANAGER.email);
        await page.getByRole("button", { name: "Chercher dans l'annuaire" }).click();
        await page.getByRole("button", { name: `Nommer gestionnaire de ${name} : ${MANAGER.displayName}` }).click();
        await page.getByText(`${MANAGER.displayName} gère désormais ${name}.`).waitFor();
        await page.getByTestId("venue-managers").getByText(MANAGER.displayName).waitFor();
        await page.getByTestId("manager-picker").getByText("gère déjà ce lieu").waitFor();
        const created = (await apiJson("GET", `/venues?q=${encodeURIComponent("Ribiers")}&size=50`)).items.find((v) => v.name === name);
        const me1 = await apiJson("GET", "/me", undefined, managerToken);
        assert(me1.managedVenueIds.includes(created.id), "the manager was not appointed");
        await axe(page, "network managers fr");
        await page.getByRole("button", { name: `Retirer ${MANAGER.displayName} des gestionnaires de ${name}` }).click();
        await page.getByText(`${MANAGER.displayName} ne gère plus ${name}.`).waitFor();
        await page.getByText("Aucun gestionnaire : seuls les administrateurs du réseau gèrent ce lieu.").waitFor();
        const me2 = await apiJson("GET", "/me", undefined, managerToken);
        assert(!me2.managedVenueIds.includes(created.id), "the manager was not removed");
        await shot(page, `${vpName}-fr-network-done`);
        await page.getByRole("button", { name: "Switch to English" }).click();
        await page.getByRole("heading", { level: 1, name: "Network console" }).waitFor();
        await idle(page);
        await axe(page, "network en");
        await shot(page, `${vpName}-en-network`);
        await page.getByRole("button", { name: "Passer en français" }).click();
        await page.getByRole("heading", { level: 1, name: "Console du réseau" }).waitFor();
      });

      await test(`${vpName}: the admin exports the directory, resets a password, disables a member whose next request fails`, async () => {
        const forgetful = await newMember(`Chloé Oubli ${vpName}`);
        const leaving = await newMember(`Denis Départ ${vpName}`);
        await page.goto(`${base}/console/network`);
        await idle(page);
        const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Exporter en CSV (tableur)" }).click()]);
        const csv = readFileSync(await download.path(), "utf8");
        assert(csv.replace(/^\uFEFF/, "").startsWith("Nom;E-mail;Téléphone;Commune;Activité;Statut"), `no header row: ${csv.slice(0, 80)}`);
        assert(csv.includes(leaving.email), "the export misses a consenting member");
        await page.getByText("Export CSV téléchargé.").waitFor();

        await page.getByLabel("Recherche", { exact: true }).fill(forgetful.displayName);
        await page.getByRole("button", { name: "Filtrer l'annuaire" }).click();
        await idle(page);
        await page.getByText("1 membre(s)", { exact: true }).waitFor();
        await page.getByRole("button", { name: `Nouveau mot de passe pour ${forgetful.displayName}` }).click();
        await page.getByText(`Mot de passe de ${forgetful.displayName} remplacé.`).waitFor();
        const temporary = await page.getByLabel("Mot de passe provisoire", { exact: true }).inputValue();
        assert(temporary.length >= 10, "no temporary password shown");
        await page.getByTestId("temporary-password").getByRole("button", { name: "Copier" }).click();
        await page.getByTestId("temporary-password").getByText("Copié.", { exact: true }).waitFor();
        const signIn = await fetch(`${apiUrl}/api/v1/auth/token`, { method: "POST", headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ email: forgetful.email, password: forgetful.password }) });
        assert(signIn.status === 401, `the old password still works: ${signIn.status}`);
        await axe(page, "network directory fr");
        await shot(page, `${vpName}-fr-network-directory`);

        await page.getByLabel("Recherche", { exact: true }).fill(leaving.displayName);
        await page.getByRole("button", { name: "Filtrer l'annuaire" }).click();
        await idle(page);
        await page.getByTestId("directory").getByText(leaving.email).waitFor();
        await page.getByRole("button", { name: `Désactiver le compte de ${leaving.displayName}` }).click();
        await page.getByLabel(`Motif de la désactivation de ${leaving.displayName}`).fill("Départ du territoire");
        await page.getByRole("button", { name: "Confirmer la désactivation" }).click();
        await page.getByText(`Compte de ${leaving.displayName} désactivé`).waitFor();
        await page.getByText("0 membre(s)", { exact: true }).waitFor();
        const after = await fetch(`${apiUrl}/api/v1/me`, { headers: { Authorization: `Bearer ${leaving.token}` } });
        assert(after.status === 401, `the disabled member's next request answered ${after.status}`);
        await axe(page, "network disabled fr");
        await page.getByRole("button", { name: `Réactiver le compte de ${leaving.displayName}` }).click();
        await page.getByText(`Compte de ${leaving.displayName} réactivé.`).waitFor();
        const again = await fetch(`${apiUrl}/api/v1/auth/token`, { method: "POST", headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ email: leaving.email, password: leaving.password }) });
        assert(again.ok, `the enabled member cannot sign in: ${again.status}`);
        await page.getByRole("button", { name: "Switch to English" }).click();
        await page.getByRole("heading", { level: 2, name: "Member directory" }).waitFor();
        await idle(page);
        await axe(page, "network directory en");
        await shot(page, `${vpName}-en-network-directory`);
        await page.getByRole("button", { name: "Passer en français" }).click();
        await page.getByRole("button", { name: "Se déconnecter" }).click();
      });

      await test(`${vpName}: embed and network console: no console errors`, async () => {
        assert(problems.length === 0, problems.join("\n"));
      });
      // ---------- venue details (PUT keeps pivot, summary, services) and occupancy insight ----------
      const signInTo = async (who, pass, next) => {
        await page.goto(`${base}/signin?next=${encodeURIComponent(next)}`);
        await page.getByLabel("Adresse électronique").fill(who);
        await page.getByLabel("Mot de passe").fill(pass);
        await page.getByRole("button", { name: "Se connecter" }).last().click();
        await page.waitForURL((u) => u.pathname === next);
        await idle(page);
      };
      const insightFrom = parisToday;
      const insightTo = plusDays(parisToday, 27);
      const showPeriod = async () => {
        const insight = page.getByTestId("insight");
        await insight.locator("#field-in-from").fill(insightFrom);
        await insight.locator("#field-in-to").fill(insightTo);
        // Wait for this period's report: until the click's render starts loading it, the previous one (the default
        // past four weeks, 0 %) is still on screen and idle() alone can pass on it.
        const loaded = page.waitForResponse((r) => r.url().includes("/occupancy?") && r.url().includes(`from=${insightFrom}`));
        await insight.getByRole("button", { name: "Afficher" }).click();
        await loaded;
        await idle(page);
        return insight;
      };

      await test(`${vpName}: the manager renames the venue; pivot, summary and services survive the PUT`, async () => {
        const { id: _id, version: _version, ...current } = await apiJson("GET", `/venues/${venue.id}`);
        await apiJson("PUT", `/venues/${venue.id}`, { ...current, pivot: "21050070700018", summary: "Médiathèque intercommunale, salle calme.",
          mediationServices: ["EVERYDAY_DIGITAL_TOOLS", "INTERNET_AND_EQUIPMENT_ACCESS"] });
        await signInTo(MANAGER.email, MANAGER.password, `/console/venues/${venue.id}`);
        const form = page.getByTestId("vd-form");
        assert((await form.getByLabel("SIRET (pivot)").inputValue()) === "21050070700018", "the pivot is not shown");
        assert(await form.getByLabel("Accès internet et matériel informatique").isChecked(), "a service is not ticked");
        // Checked before sending: a SIRET too short, then one with a wrong key.
        await form.getByLabel("SIRET (pivot)").fill("2105007070");
        await form.getByRole("button", { name: "Enregistrer la fiche" }).click();
        await form.getByText("Le SIRET compte 14 chiffres").waitFor();
        assert(await focusReaches(page, "#field-vd-pivot"), "focus not on the SIRET");
        await form.getByLabel("SIRET (pivot)").fill("210 500 707 00019");
        await form.getByRole("button", { name: "Enregistrer la fiche" }).click();
        await form.getByText("la clé de contrôle ne correspond pas").waitFor();
        await axe(page, "venue details errors fr");
        await form.getByLabel("SIRET (pivot)").fill("210 500 707 00018");
        const renamed = `${venue.name} — renommée`;
        await form.getByLabel("Nom", { exact: true }).fill(renamed);
        await form.getByRole("button", { name: "Enregistrer la fiche" }).click();
        await page.getByText("Fiche du lieu enregistrée.").waitFor();
        await page.getByRole("heading", { level: 1, name: `Gérer : ${renamed}`, exact: true }).waitFor();
        const after = await apiJson("GET", `/venues/${venue.id}`);
        assert(after.name === renamed, `name not saved: ${after.name}`);
        assert(after.pivot === "21050070700018", `the pivot was lost: ${after.pivot}`);
        assert(after.summary === "Médiathèque intercommunale, salle calme.", "the summary was lost");
        assert(JSON.stringify(after.mediationServices) === JSON.stringify(["EVERYDAY_DIGITAL_TOOLS", "INTERNET_AND_EQUIPMENT_ACCESS"]), "the services were lost");
        assert(after.contactEmail === "mediatheque@example.org" && after.accessRules?.startsWith("Accès libre"), "fields the form does not show were lost");
        await shot(page, `${vpName}-fr-console-details`);
        // A second save goes with the new version (If-Match) and puts the name back for the other journeys.
        await form.getByLabel("Nom", { exact: true }).fill(venue.name);
        await form.getByRole("button", { name: "Enregistrer la fiche" }).click();
        await page.getByRole("heading", { level: 1, name: `Gérer : ${venue.name}`, exact: true }).waitFor();
        const back = await apiJson("GET", `/venues/${venue.id}`);
        assert(back.name === venue.name && back.pivot === "21050070700018", `second save: ${back.name} ${back.pivot}`);
      });

      await test(`${vpName}: the manager sees the venue's occupancy: figures, chart, weekday × hour table`, async () => {
        // A confirmed morning in the office inside the period (a different day per viewport).
        const booked = plusDays(parisToday, 22 + VIEWPORTS.indexOf(vp) * 2);
        await apiJson("POST", "/bookings", { spaceId: office.id, start: at(booked, "09:00"), end: at(booked, "12:00") });
        await page.goto(`${base}/console/venues/${venue.id}#c-occupancy`);
        await idle(page);
        await page.getByRole("heading", { level: 2, name: "Fréquentation" }).waitFor();
        const insight = await showPeriod();
        const office1 = insight.getByTestId("insight-spaces").getByRole("row", { name: /Bureau 1 \(e2e\)/ });
        const rate = await office1.getByTestId("utilisation").innerText();
        assert(/^\d+(,\d+)?\s?%$/.test(rate) && rate.replace(/\s/g, "") !== "0%", `office utilisation: ${rate}`);
        await insight.getByTestId("utilisation-chart").first().getByText("Bureau 1 (e2e)").waitFor();
        const heat = insight.getByTestId("heatmap");
        await heat.locator("caption").getByText("créneaux de disponibilité régulière", { exact: false }).waitFor();
        assert((await heat.locator("tbody tr").count()) === 7 && (await heat.locator("tbody tr").first().locator("td").count()) === 24, "the heatmap is not 7 × 24");
        const weekday = (new Date(`${booked}T12:00:00Z`).getUTCDay() + 6) % 7;
        const nine = await heat.locator("tbody tr").nth(weekday).locator("td").nth(9).innerText();
        assert(/[1-9]/.test(nine) && nine.includes("%"), `9 h on the booked weekday: ${nine}`);
        await insight.getByTestId("regularly-free").getByText("Créneaux de disponibilité régulière").waitFor();
        await axe(page, "occupancy fr");
        await shot(page, `${vpName}-fr-console-occupancy`);
        // The API's hour limit is checked before sending.
        await insight.locator("#field-in-to").fill(plusDays(parisToday, 40));
        await insight.getByLabel("Détail").selectOption("hour");
        await insight.getByRole("button", { name: "Afficher" }).click();
        await insight.locator("#field-in-to-error").getByText("Au plus 31 jours pour un détail par heure").waitFor();
        assert(await focusReaches(page, "#field-in-to"), "focus not on the period's end");
        await page.getByRole("button", { name: "Switch to English" }).click();
        await page.getByRole("heading", { level: 2, name: "Occupancy" }).waitFor();
        await insight.getByLabel("Detail").selectOption("week");
        await insight.getByRole("button", { name: "Show" }).click();
        await idle(page);
        const rateEn = await insight.getByTestId("insight-spaces").getByRole("row", { name: /Bureau 1 \(e2e\)/ }).getByTestId("utilisation").innerText();
        assert(/^\d+(\.\d+)?%$/.test(rateEn), `English percentage: ${rateEn}`);
        await axe(page, "occupancy en");
        await shot(page, `${vpName}-en-console-occupancy`);
        await page.getByRole("button", { name: "Passer en français" }).click();
        await page.getByRole("button", { name: "Se déconnecter" }).click();
      });

      await test(`${vpName}: the admin sees the network's occupancy and downloads it as CSV`, async () => {
        await signInTo(ADMIN_EMAIL, ADMIN_PASSWORD, "/console/network");
        await page.getByRole("heading", { level: 2, name: "Fréquentation" }).waitFor();
        const insight = page.getByTestId("insight");
        await insight.getByLabel("Commune des lieux").fill("Laragne-Montéglin");
        await showPeriod();
        const row = insight.getByTestId("insight-venues").getByRole("row", { name: new RegExp(venue.name.replace(/[()]/g, "\\$&")) });
        const rate = await row.getByTestId("utilisation").innerText();
        assert(rate.replace(/\s/g, "") !== "0%" && rate.includes("%"), `venue utilisation: ${rate}`);
        assert((await insight.getByTestId("insight-venues").getByText("Office de tourisme de Serres").count()) === 0, "the commune filter was not applied");
        await axe(page, "network occupancy fr");
        await shot(page, `${vpName}-fr-network-occupancy`);
        const [download] = await Promise.all([page.waitForEvent("download"), insight.getByRole("button", { name: "Télécharger en CSV (tableur)" }).click()]);
        const csv = readFileSync(await download.path(), "utf8");
        assert(csv.startsWith("\uFEFF"), "the CSV has no BOM");
        assert(csv.slice(1).startsWith("Lieu;Espace;Mode;Début;"), `French header row missing: ${csv.slice(0, 80)}`);
        assert(csv.includes(venue.name) && !csv.includes("Office de tourisme de Serres"), "the CSV does not follow the filters");
        assert(download.suggestedFilename() === `occupation-${insightFrom}-${insightTo}.csv`, `file name: ${download.suggestedFilename()}`);
        await page.getByText("Fichier CSV téléchargé.").waitFor();
        await page.getByRole("button", { name: "Switch to English" }).click();
        await page.getByRole("heading", { level: 2, name: "Occupancy" }).waitFor();
        await idle(page);
        await axe(page, "network occupancy en");
        await shot(page, `${vpName}-en-network-occupancy`);
        await page.getByRole("button", { name: "Passer en français" }).click();
        await page.getByRole("button", { name: "Se déconnecter" }).click();
      });

      await test(`${vpName}: venue details and occupancy: no console errors`, async () => {
        assert(problems.length === 0, problems.join("\n"));
      });
      await context.close();
    }
    hostServer.close();

    // ---------- community events (rencontres) ----------
    // A room of its own, so the events never meet the bookings above; capacity 1 so the
    // second member waits. Each viewport organises its own event on its own day.
    await apiJson("POST", `/venues/${venue.id}/spaces`, {
      name: "Salle des rencontres (e2e)", kind: "MEETING_ROOM", capacity: 20, bookingMode: "EXCLUSIVE", equipment: ["PROJECTOR"],
      active: true, rules, hourlyRate: 0,
    });
    for (const vp of VIEWPORTS) {
      const { name: vpName, ...contextOptions } = vp;
      log(`\n${vpName}: community events`);
      const context = await browser.newContext({ ...contextOptions, locale: "fr-FR" });
      const page = await context.newPage();
      const problems = [];
      page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
      page.on("console", (m) => {
        if (m.type() === "error" && !m.text().startsWith("Failed to load resource: the server responded with a status of 4")) problems.push(`console error: ${m.text()}`);
      });
      const eventDay = plusDays(parisToday, 6 + VIEWPORTS.indexOf(vp));
      const title = `Atelier cybersécurité (${vpName})`;
      const first = { email: `alix-${vpName}-${Date.now()}@e2e.test`, password: "correct-horse-battery", name: `Alix ${vpName}` };
      const second = { email: `bastien-${vpName}-${Date.now()}@e2e.test`, password: "correct-horse-battery", name: `Bastien ${vpName}` };
      let eventUrl = "";
      const signOut = async () => {
        await page.getByRole("button", { name: "Se déconnecter" }).click();
        await page.getByTestId("auth-state").getByText("Non connecté·e").waitFor();
        await page.goto(eventUrl);
        await idle(page);
      };
      const createInline = async (who) => {
        await page.getByRole("heading", { name: "Identifiez-vous pour vous inscrire" }).waitFor();
        await page.getByLabel("Adresse électronique").fill(who.email);
        await page.getByLabel("Mot de passe").fill(who.password);
        await page.getByLabel("Nom affiché").fill(who.name);
        await page.getByRole("button", { name: "Créer mon compte" }).click();
      };
      const signInInline = async (email, pwd) => {
        await page.getByRole("button", { name: "J'ai déjà un compte" }).click();
        await page.getByLabel("Adresse électronique").fill(email);
        await page.getByLabel("Mot de passe").fill(pwd);
        await page.getByRole("button", { name: "Se connecter" }).last().click();
      };
      const myRegistration = page.getByTestId("my-registration");
      // The event page reads registrations from GET /me/events: it must never create a calendar-feed token.
      const feedTokenRequests = [];
      page.on("request", (r) => {
        if (r.url().includes("/api/v1/me/calendar-token")) feedTokenRequests.push(`${r.method()} ${r.url()}`);
      });

      await test(`${vpName}: the admin organises a meetup from the Rencontres page; the API's refusal shows by the form`, async () => {
        await page.goto(`${base}/signin?next=${encodeURIComponent("/events")}`);
        await page.getByLabel("Adresse électronique").fill(ADMIN_EMAIL);
        await page.getByLabel("Mot de passe").fill(ADMIN_PASSWORD);
        await page.getByRole("button", { name: "Se connecter" }).last().click();
        await page.waitForURL(/\/events$/);
        await page.getByRole("heading", { level: 1, name: "Rencontres" }).waitFor();
        await idle(page);
        const feed = page.getByRole("link", { name: "S'abonner au calendrier des rencontres" });
        assert(/\/api\/v1\/events\.ics$/.test(await feed.getAttribute("href")), "the public feed link is missing");
        await page.getByRole("link", { name: "Organiser une rencontre" }).click();
        await page.getByRole("heading", { level: 1, name: "Organiser une rencontre" }).waitFor();
        assert(await focusReaches(page, "h1"), "focus did not move to the page heading");
        await idle(page);
        await page.getByRole("button", { name: "Créer la rencontre" }).click();
        await page.getByText("Ce champ est obligatoire.").first().waitFor();
        assert(await focusReaches(page, "[aria-invalid=true]"), "focus not on the first invalid field");
        await axe(page, "event form errors fr");
        await page.getByLabel("Lieu", { exact: true }).selectOption({ label: `${venue.name} (Laragne-Montéglin)` });
        await page.getByLabel("Salle", { exact: true }).selectOption({ label: "Salle des rencontres (e2e) (20 pers.)" });
        await page.getByLabel("Titre", { exact: true }).fill(title);
        await page.getByLabel("Présentation").fill("Comment protéger son poste en télétravail.\n\n<b>Apportez</b> votre ordinateur.");
        await page.getByLabel("Date", { exact: true }).fill(closureDay);
        await page.getByLabel("Début", { exact: true }).fill("14:00");
        await page.getByLabel("Fin", { exact: true }).fill("16:00");
        await page.getByLabel("Nombre de places").fill("25");
        await page.getByRole("button", { name: "Créer la rencontre" }).click();
        await page.getByText("Un nombre entier entre 1 et 20.").waitFor();
        await page.getByLabel("Nombre de places").fill("1");
        // The venue is closed that day (the seeded closure): the API's 422 detail shows above the fields.
        await page.getByRole("button", { name: "Créer la rencontre" }).click();
        const refusal = page.getByTestId("event-form").locator(".error-box");
        await refusal.waitFor();
        const refusalText = await refusal.innerText();
        assert(refusalText.startsWith("Erreur :") && refusalText.length > 15, `no problem detail: ${refusalText}`);
        assert(await focusReaches(page, ".error-focus"), "focus did not move to the error");
        await axe(page, "event form refused fr");
        await shot(page, `${vpName}-fr-event-form-refused`);
        await page.getByLabel("Date", { exact: true }).fill(eventDay);
        await page.getByRole("button", { name: "Créer la rencontre" }).click();
        await page.waitForURL(/\/events\/[0-9a-f-]{36}\?created=1$/);
        eventUrl = page.url().replace(/\?created=1$/, "");
        await page.getByRole("heading", { level: 1, name: title }).waitFor();
        await page.getByText("Rencontre créée ; la salle est réservée.").waitFor();
        await idle(page);
        const facts = (await page.getByTestId("event-facts").innerText()).replace(/[\u202f\u00a0]/g, " ");
        for (const s of ["14 h – 16 h", "Salle des rencontres (e2e)", venue.name, "1 place(s) libre(s) sur 1"]) assert(facts.includes(s), `event lacks "${s}": ${facts}`);
        // The description is text: the tag shows as typed, nothing is rendered as HTML.
        await page.getByText("<b>Apportez</b> votre ordinateur.").waitFor();
        assert((await page.getByTestId("event").locator("b").count()) === 0, "the description was rendered as HTML");
        await axe(page, "event manager fr");
        await shot(page, `${vpName}-fr-event-created`);
        const ics = await (await fetch(`${apiUrl}/api/v1/events.ics`)).text();
        assert(ics.includes(`event-${eventUrl.split("/").pop()}@coopconnect`), "the public feed lacks the event");
      });

      await test(`${vpName}: a member signs up inline on the event and is registered`, async () => {
        await signOut();
        await axe(page, "event signed out fr");
        await shot(page, `${vpName}-fr-event-signed-out`);
        await createInline(first);
        const register = page.getByRole("button", { name: "M'inscrire", exact: true });
        await register.waitFor();
        assert(page.url() === eventUrl, `the event page was left: ${page.url()}`);
        await page.waitForFunction(() => document.activeElement?.textContent === "M'inscrire", null, { timeout: 5000 });
        await register.click();
        await myRegistration.getByText("Vous êtes inscrit·e à cette rencontre.").waitFor();
        await page.getByTestId("event-facts").getByText("Complet").waitFor();
        await axe(page, "event registered fr");
        await shot(page, `${vpName}-fr-event-registered`);
        await page.reload();
        await idle(page);
        await myRegistration.getByText("Vous êtes inscrit·e à cette rencontre.").waitFor();
      });

      await test(`${vpName}: the meetup is full, a second member is waitlisted`, async () => {
        await signOut();
        await createInline(second);
        await page.getByRole("button", { name: "M'inscrire sur la liste d'attente" }).click();
        await myRegistration.getByText("Vous êtes sur liste d'attente (position 1).").waitFor();
        await page.getByTestId("event-facts").getByText("Complet — 1 sur liste d'attente").waitFor();
        await axe(page, "event waitlisted fr");
        await shot(page, `${vpName}-fr-event-waitlisted`);
      });

      await test(`${vpName}: the waitlisted member reloads and still sees the position; no feed token was asked for`, async () => {
        await page.reload();
        await idle(page);
        await myRegistration.getByText("Vous êtes sur liste d'attente (position 1).").waitFor();
        await page.getByRole("button", { name: "Quitter la liste d'attente" }).waitFor();
        assert(feedTokenRequests.length === 0, `the event page asked for the feed token: ${feedTokenRequests.join(", ")}`);
      });

      await test(`${vpName}: My space lists the meetup with the place on the waiting list and links to it`, async () => {
        await page.getByRole("link", { name: "Mon espace" }).click();
        await page.getByRole("heading", { level: 1, name: "Mon espace" }).waitFor();
        await page.getByRole("navigation", { name: "Dans mon espace" }).getByRole("link", { name: "Mes rencontres" }).waitFor();
        await idle(page);
        const upcoming = page.getByTestId("my-events-upcoming");
        const item = upcoming.getByRole("listitem").filter({ hasText: title });
        await item.waitFor();
        const text = (await item.innerText()).replace(/[\u202f\u00a0]/g, " ");
        for (const s of ["14 h – 16 h", venue.name, "Salle des rencontres (e2e)", "Liste d'attente (position 1)"]) assert(text.includes(s), `my meetup lacks "${s}": ${text}`);
        assert((await page.getByTestId("my-events-past").count()) === 0, "a meetup to come is listed as past");
        await axe(page, "my space meetups fr");
        await shot(page, `${vpName}-fr-me-events`);
        await page.getByRole("button", { name: "Switch to English" }).click();
        await page.getByRole("heading", { level: 2, name: "My meetups" }).waitFor();
        await idle(page);
        await upcoming.getByText("Waiting list (position 1)").waitFor();
        await axe(page, "my space meetups en");
        await shot(page, `${vpName}-en-me-events`);
        await page.getByRole("button", { name: "Passer en français" }).click();
        await page.getByRole("heading", { level: 2, name: "Mes rencontres" }).waitFor();
        await item.getByRole("link", { name: title }).click();
        await page.getByRole("heading", { level: 1, name: title }).waitFor();
        assert(page.url() === eventUrl, `the link leads elsewhere: ${page.url()}`);
        await myRegistration.getByText("Vous êtes sur liste d'attente (position 1).").waitFor();
      });

      await test(`${vpName}: the first withdraws, the second is promoted`, async () => {
        await signOut();
        await signInInline(first.email, first.password);
        await myRegistration.getByText("Vous êtes inscrit·e à cette rencontre.").waitFor();
        await page.getByRole("button", { name: "Me désinscrire" }).click();
        await myRegistration.getByText("Vous n'êtes plus inscrit·e à cette rencontre.").waitFor();
        await page.getByRole("button", { name: "M'inscrire sur la liste d'attente" }).waitFor();
        await signOut();
        await signInInline(second.email, second.password);
        await myRegistration.getByText("Vous êtes inscrit·e à cette rencontre.").waitFor();
        await page.reload();
        await idle(page);
        await myRegistration.getByText("Vous êtes inscrit·e à cette rencontre.").waitFor();
        await shot(page, `${vpName}-fr-event-promoted`);
      });

      await test(`${vpName}: the admin sees the registrations, in English too, then cancels the meetup`, async () => {
        await signOut();
        await signInInline(ADMIN_EMAIL, ADMIN_PASSWORD);
        const table = page.getByTestId("event-registrations");
        await table.getByRole("cell", { name: second.name }).waitFor();
        assert((await table.innerText()).includes("Inscrit·e"), "the registration status is missing");
        assert((await table.getByRole("cell", { name: first.name }).count()) === 0, "a withdrawn member is still listed");
        await page.getByRole("button", { name: "Switch to English" }).click();
        await page.getByRole("heading", { level: 3, name: "Registrations" }).waitFor();
        await idle(page);
        await axe(page, "event manager en");
        await shot(page, `${vpName}-en-event-manager`);
        await page.getByRole("link", { name: "All meetups" }).click();
        await page.getByRole("heading", { level: 1, name: "Meetups" }).waitFor();
        await idle(page);
        await axe(page, "events en");
        await shot(page, `${vpName}-en-events`);
        await page.getByRole("link", { name: "Organise a meetup" }).click();
        await page.getByRole("heading", { level: 1, name: "Organise a meetup" }).waitFor();
        await idle(page);
        await axe(page, "event form en");
        await page.getByRole("button", { name: "Passer en français" }).click();
        await page.goto(eventUrl);
        await idle(page);
        await page.getByRole("button", { name: "Modifier la rencontre" }).click();
        await page.getByLabel("Fin", { exact: true }).fill("16:30");
        await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
        await page.getByText("Rencontre modifiée.").waitFor();
        assert((await page.getByTestId("event-facts").innerText()).replace(/[\u202f\u00a0]/g, " ").includes("14 h – 16 h 30"), "the new end time is not shown");
        await page.getByRole("button", { name: "Annuler la rencontre" }).click();
        await page.getByText(/^Annuler la rencontre \? La salle sera libérée/).waitFor();
        await page.getByLabel("Motif (facultatif)").fill("Intervenant indisponible");
        await axe(page, "event cancel confirm fr");
        await shot(page, `${vpName}-fr-event-cancel-confirm`);
        await page.getByRole("button", { name: "Oui, annuler la rencontre" }).click();
        await page.getByText("Rencontre annulée.").waitFor();
        await page.getByTestId("event-cancelled").getByText("Cette rencontre est annulée.").waitFor();
        assert((await page.getByRole("button", { name: "M'inscrire" }).count()) === 0, "a cancelled meetup still takes registrations");
        await axe(page, "event cancelled fr");
        await shot(page, `${vpName}-fr-event-cancelled`);
      });

      await test(`${vpName}: the Rencontres list filters through the URL and marks the cancelled meetup`, async () => {
        await page.getByRole("link", { name: "Rencontres", exact: true }).first().click();
        await page.getByRole("heading", { level: 1, name: "Rencontres" }).waitFor();
        await idle(page);
        await page.getByLabel("Commune").fill("Laragne-Montéglin");
        await page.getByLabel("Du", { exact: true }).fill(eventDay);
        await page.getByLabel("Au (inclus)").fill(eventDay);
        await page.getByRole("button", { name: "Rechercher" }).click();
        await page.waitForURL(new RegExp(`commune=Laragne-Mont%C3%A9glin&from=${eventDay}&to=${eventDay}`));
        await idle(page);
        const card = page.locator("article.event-card", { hasText: title });
        await card.waitFor();
        assert((await card.innerText()).includes("Annulée"), "the cancelled meetup is not marked");
        assert((await page.locator("article.event-card").count()) === 1, "the date filter did not narrow the list");
        await page.getByLabel("Lieu", { exact: true }).selectOption({ label: `${venue.name} (Laragne-Montéglin)` });
        await page.getByRole("button", { name: "Rechercher" }).click();
        await page.waitForURL(new RegExp(`venue=${venue.id}`));
        await page.reload();
        await idle(page);
        await card.waitFor();
        await axe(page, "events filtered fr");
        await shot(page, `${vpName}-fr-events`);
        await page.getByRole("button", { name: "Se déconnecter" }).click();
      });

      await test(`${vpName}: community events: no console errors`, async () => {
        assert(problems.length === 0, problems.join("\n"));
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

let exitCode = 0;
try {
  await main();
} catch (e) {
  failed++;
  console.error(`setup failed: ${e?.stack ?? e}`);
} finally {
  await stopAll();
  dropDb();
  rmSync(tmp, { recursive: true, force: true });
}
if (failed > 0) exitCode = 1;
console.log(`\nscreenshots in ${path.relative(process.cwd(), shots) || shots}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(exitCode);
