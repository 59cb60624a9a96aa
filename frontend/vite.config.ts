import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// `npm run dev` proxies /api to a running backend (BACKEND_URL, default http://localhost:8080).
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { "/api": process.env.BACKEND_URL ?? "http://localhost:8080" },
  },
  build: { sourcemap: false, target: "es2022" },
  test: { environment: "node", include: ["src/**/*.test.ts", "scripts/**/*.test.ts"] },
});
