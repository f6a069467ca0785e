/** The site URL lives in content/publication.yaml; the Astro config reads it from there. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export function readSiteUrl(root = process.cwd()): string | undefined {
  try {
    const data = parse(readFileSync(`${root}/content/publication.yaml`, 'utf8')) as { siteUrl?: unknown };
    return typeof data?.siteUrl === 'string' ? data.siteUrl : undefined;
  } catch {
    // A broken publication.yaml is reported, with its line, by the validation integration.
    return undefined;
  }
}
