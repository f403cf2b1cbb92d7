// The renderer is served from a custom privileged scheme (never file:// or http), so its
// origin is fixed and every trust decision (IPC sender, navigation) can check it exactly.
export const APP_SCHEME = 'planwright';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True only for URLs on our origin; the '/' boundary stops `planwright://app.evil/` matching. */
export function isOnOrigin(url: string, origin: string): boolean {
  return url === origin || url.startsWith(`${origin}/`);
}
