// The theme currently applied to <html> (useTheme owns it); libraries that style themselves,
// like React Flow, follow it without the frame passing the theme down.
import { useEffect, useState } from 'react';

export type DocumentTheme = 'light' | 'dark';

const current = (): DocumentTheme => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');

export function useDocumentTheme(): DocumentTheme {
  const [theme, setTheme] = useState<DocumentTheme>(current);
  useEffect(() => {
    const observer = new MutationObserver(() => setTheme(current()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, []);
  return theme;
}
