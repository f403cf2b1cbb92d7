// A name as a short lowercase id for file names and member ids: ASCII letters and digits with
// single hyphens between, at most 40 characters, else the fallback.
export function slug(name: string, fallback: string): string {
  return (
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || fallback
  );
}
