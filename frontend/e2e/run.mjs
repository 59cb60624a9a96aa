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

async function focusedIsHeading(page) {
  return page.evaluate(() => document.activeElement?.tagName === "H1");
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

  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    for (const vp of VIEWPORTS) {
      log(`\n${vp.name} (${vp.viewport.width}×${vp.viewport.height})`);
      const { name: vpName, ...contextOptions } = vp;
      const context = await browser.newContext({ ...contextOptions, locale: "fr-FR" });
      const page = await context.newPage();
      const problems = [];
      page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
      page.on("console", (m) => {
        // Expected API errors (401, 404, 409 in these journeys) are logged by Chromium too.
        if (m.type() === "error" && !m.text().startsWith("Failed to load resource: the server responded with a status of 4"))
          problems.push(`console error: ${m.text()}`);
      });
      context.on("request", (r) => {
        if (!r.url().startsWith(base) && !r.url().startsWith("data:")) problems.push(`request to another host: ${r.url()}`);
      });
      const email = `membre-${vpName}-${Date.now()}@e2e.test`;
      const password = "correct-horse-battery";
      const displayName = `Camille ${vpName}`;

      await test(`${vpName}: venue list shows the new venue in French`, async () => {
        await page.goto(`${base}/`);
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
        assert((await page.locator("article.venue-card").count()) === 2, "reset did not bring both venues back");
      });

      await test(`${vpName}: venue page shows address, amenities, access rules and contact`, async () => {
        await page.getByRole("link", { name: venue.name }).click();
        await page.waitForURL(new RegExp(`/venues/${venue.id}$`));
        await idle(page);
        await page.getByRole("heading", { level: 1, name: venue.name }).waitFor();
        assert(await focusedIsHeading(page), "focus did not move to the page heading");
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
        assert(
          await page.evaluate(() => document.activeElement?.getAttribute("aria-invalid") === "true"),
          "focus did not move to the first invalid field",
        );
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

      await test(`${vpName}: no console errors, no CSP violations, no request to another host`, async () => {
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
