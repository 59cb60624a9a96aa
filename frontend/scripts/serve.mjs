#!/usr/bin/env node
// Serves the built SPA (dist/) with the security headers, answers unknown paths with
// index.html (history routing) and proxies /api to the backend. No dependencies.
//
//   PORT=5173 HOST=127.0.0.1 BACKEND_URL=http://localhost:8080 node scripts/serve.mjs
//
// The CSP allows images from the tile host named in dist/config.js (tileUrl), and API calls
// to the apiBaseUrl's origin when it is absolute; everything else stays 'self'.
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import path from "node:path";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

/** Reads a string property out of config.js without running it. */
export function configValue(source, name) {
  const m = new RegExp(`${name}\\s*:\\s*["'\`]([^"'\`]*)["'\`]`).exec(source);
  return m ? m[1] : undefined;
}

/** "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png" → "https://*.tile.openstreetmap.org". */
export function tileSource(tileUrl) {
  if (!tileUrl) return undefined;
  const m = /^(https:\/\/)([^/]+)/.exec(tileUrl.trim());
  if (!m) return undefined;
  const host = m[2].replace(/\{[a-z]+\}/g, "*");
  return /^[\w*.-]+(:\d+)?$/.test(host) ? `${m[1]}${host}` : undefined;
}

/** The embeddable view (/embed) may be framed by any site; every other page may not. */
export function isEmbedPath(pathname) {
  return /^\/embed\/?$/.test(pathname);
}

export function contentSecurityPolicy({ tileUrl, apiBaseUrl, frameAncestors = "'none'" } = {}) {
  const tiles = tileSource(tileUrl);
  const api = /^https?:\/\//.test(apiBaseUrl ?? "") ? new URL(apiBaseUrl).origin : undefined;
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data:${tiles ? ` ${tiles}` : ""}`,
    `connect-src 'self'${api ? ` ${api}` : ""}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}

/** With `framable`, no X-Frame-Options (the CSP's frame-ancestors decides). */
export function securityHeaders(csp, { framable = false } = {}) {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Content-Security-Policy": csp,
    ...(framable ? {} : { "X-Frame-Options": "DENY" }),
  };
}

export function startServer({ root, port = 5173, host = "127.0.0.1", backendUrl = "http://localhost:8080" }) {
  const distDir = path.resolve(root);
  const indexFile = path.join(distDir, "index.html");
  if (!existsSync(indexFile)) throw new Error(`${indexFile} is missing: run "npm run build" first`);
  const configFile = path.join(distDir, "config.js");
  const configSource = existsSync(configFile) ? readFileSync(configFile, "utf8") : "";
  const cspInput = { tileUrl: configValue(configSource, "tileUrl"), apiBaseUrl: configValue(configSource, "apiBaseUrl") };
  const headers = securityHeaders(contentSecurityPolicy(cspInput));
  const embedHeaders = securityHeaders(contentSecurityPolicy({ ...cspInput, frameAncestors: "*" }), { framable: true });
  const backend = new URL(backendUrl);
  const agent = backend.protocol === "https:" ? https : http;

  function sendFile(res, file, status = 200, method = "GET", pageHeaders = headers) {
    const ext = path.extname(file);
    const immutable = file.startsWith(path.join(distDir, "assets") + path.sep);
    res.writeHead(status, {
      ...pageHeaders,
      "Content-Type": TYPES[ext] ?? "application/octet-stream",
      "Content-Length": statSync(file).size,
      "Cache-Control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
    });
    if (method === "HEAD") return res.end();
    createReadStream(file).pipe(res);
  }

  function proxy(req, res) {
    const target = new URL(req.url, backend);
    const forwarded = { ...req.headers, host: backend.host, "x-forwarded-host": req.headers.host ?? "", "x-forwarded-proto": "http" };
    const upstream = agent.request(target, { method: req.method, headers: forwarded, timeout: 30000 }, (up) => {
      res.writeHead(up.statusCode ?? 502, { ...up.headers, "X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin" });
      up.pipe(res);
    });
    upstream.on("timeout", () => upstream.destroy(new Error("upstream timeout")));
    upstream.on("error", () => {
      if (res.headersSent) return res.destroy();
      res.writeHead(502, { ...headers, "Content-Type": "application/problem+json" });
      res.end(JSON.stringify({ type: "urn:coopconnect:problem:bad-gateway", title: "Bad gateway", status: 502, detail: "The API cannot be reached." }));
    });
    req.pipe(upstream);
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/api" || url.pathname.startsWith("/api/")) return proxy(req, res);
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { ...headers, Allow: "GET, HEAD" });
      return res.end();
    }
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400, headers);
      return res.end();
    }
    const file = path.join(distDir, path.normalize(pathname));
    if (file.startsWith(distDir + path.sep) && existsSync(file) && statSync(file).isFile()) return sendFile(res, file, 200, req.method);
    // A missing file with an extension (or under /assets) is a real 404, not a route.
    if (path.extname(pathname) || pathname.startsWith("/assets/")) {
      res.writeHead(404, { ...headers, "Content-Type": "text/plain; charset=utf-8" });
      return res.end("Not found");
    }
    return sendFile(res, indexFile, 200, req.method, isEmbedPath(pathname) ? embedHeaders : headers);
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const server = await startServer({
    root: process.env.DIST_DIR ?? path.join(here, "..", "dist"),
    port: Number(process.env.PORT ?? 5173),
    host: process.env.HOST ?? "127.0.0.1",
    backendUrl: process.env.BACKEND_URL ?? "http://localhost:8080",
  });
  const { address, port } = server.address();
  console.log(`Coop-connect frontend on http://${address}:${port} (API proxied to ${process.env.BACKEND_URL ?? "http://localhost:8080"})`);
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
