// Runtime configuration: edit this file per deployment, no rebuild needed.
// apiBaseUrl is where the API's /api prefix is served (same origin by default).
window.COOPCONNECT_CONFIG = {
  apiBaseUrl: "/api",
  tileUrl: "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png",
};
