// The one place zod is imported from: Astro's re-export, so the site's content
// collections and the CLI scripts validate with the very same zod instance.
export { z } from 'astro/zod';
