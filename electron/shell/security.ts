// App-wide hardening. The renderer only ever shows our bundled UI: it may not navigate,
// open windows, embed webviews, or use any permission-gated web API.
import { app, type Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from './csp';

/** Call once before any window exists; applies to every webContents ever created. */
export function hardenWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    // The UI is a single page: any navigation is either a bug or an injected link.
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

export function hardenSession(ses: Session): void {
  // Camera, notifications, geolocation, clipboard-read, HID/USB/serial…: none are needed.
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);

  // Covers http(s) responses. Chromium does not run header hooks for custom schemes, so
  // protocol.ts sets the same header on planwright:// responses itself.
  ses.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...details.responseHeaders };
    for (const key of Object.keys(headers)) {
      if (key.toLowerCase() === 'content-security-policy') delete headers[key];
    }
    headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    callback({ responseHeaders: headers });
  });
}
