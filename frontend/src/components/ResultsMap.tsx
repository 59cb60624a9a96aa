// Loaded with a dynamic import, so Leaflet stays out of the initial JavaScript.
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { useEffect, useRef, useState } from "react";
import { readConfig } from "../config";
import { useI18n } from "../i18n/I18nProvider";

export interface MapPoint {
  id: string;
  name: string;
  lat: number;
  lon: number;
  href: string;
}

export default function ResultsMap({ points, center }: { points: MapPoint[]; center?: { lat: number; lon: number } }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const [tilesFailed, setTilesFailed] = useState(false);

  useEffect(() => {
    if (!ref.current) return;
    const map = L.map(ref.current, { scrollWheelZoom: false, keyboard: true });
    const tiles = L.tileLayer(readConfig(window.COOPCONNECT_CONFIG).tileUrl, {
      maxZoom: 18,
      attribution: "© OpenStreetMap",
    });
    tiles.on("tileerror", () => setTilesFailed(true));
    tiles.addTo(map);
    const bounds = L.latLngBounds([]);
    for (const p of points) {
      const marker = L.circleMarker([p.lat, p.lon], { radius: 9, color: "#1f5e3a", weight: 3, fillColor: "#ffffff", fillOpacity: 1 });
      marker.bindTooltip(p.name);
      marker.addTo(map);
      bounds.extend([p.lat, p.lon]);
    }
    if (center) {
      L.circleMarker([center.lat, center.lon], { radius: 5, color: "#1a4fd6", fillOpacity: 1 }).addTo(map);
      bounds.extend([center.lat, center.lon]);
    }
    if (bounds.isValid()) map.fitBounds(bounds.pad(0.3), { maxZoom: 13 });
    else map.setView([44.3, 5.8], 9);
    return () => {
      map.remove();
    };
  }, [points, center]);

  return (
    <figure className="results-map">
      <div ref={ref} className="map-canvas" role="region" aria-label={t("search.mapLabel", { count: points.length })} />
      <figcaption className="hint">{tilesFailed ? t("search.mapTilesFailed") : t("search.mapCaption")}</figcaption>
    </figure>
  );
}
