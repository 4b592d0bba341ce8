/** "50.91° N, 34.80° E": coordinates as a reader expects them. */
export function formatCoordinates(lat: number, lon: number): string {
	const ns = `${Math.abs(lat).toFixed(2)}° ${lat >= 0 ? 'N' : 'S'}`;
	const ew = `${Math.abs(lon).toFixed(2)}° ${lon >= 0 ? 'E' : 'W'}`;
	return `${ns}, ${ew}`;
}

/** Mean Earth radius in km (IUGG): every distance, ring and arc on the maps uses it. */
export const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km between two points given in degrees. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
	const rad = Math.PI / 180;
	const dLat = (b.lat - a.lat) * rad;
	const dLon = (b.lon - a.lon) * rad;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
