// Runtime configuration from public/config.js (window.COOPCONNECT_CONFIG), so one build
// serves any deployment. Missing values fall back to same-origin defaults.
export interface AppConfig {
  apiBaseUrl: string;
  tileUrl: string;
}

declare global {
  interface Window {
    COOPCONNECT_CONFIG?: Partial<AppConfig>;
  }
}

export const DEFAULT_CONFIG: AppConfig = {
  apiBaseUrl: "/api",
  tileUrl: "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png",
};

export function readConfig(raw: Partial<AppConfig> | undefined): AppConfig {
  return {
    apiBaseUrl: typeof raw?.apiBaseUrl === "string" && raw.apiBaseUrl.trim() ? raw.apiBaseUrl.trim() : DEFAULT_CONFIG.apiBaseUrl,
    tileUrl: typeof raw?.tileUrl === "string" && raw.tileUrl.trim() ? raw.tileUrl.trim() : DEFAULT_CONFIG.tileUrl,
  };
}

/**
 * The generated API paths start with "/api/v1"; `apiBaseUrl` names where that "/api" lives.
 * So the client's base is apiBaseUrl without its trailing "/api", made absolute against the
 * page: "/api" on https://x.fr → "https://x.fr"; "https://h/coop/api/" → "https://h/coop".
 */
export function clientBaseUrl(apiBaseUrl: string, pageUrl: string): string {
  const absolute = new URL(apiBaseUrl, pageUrl).href.replace(/\/+$/, "");
  return absolute.replace(/\/api$/, "");
}
