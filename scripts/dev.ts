/** npm run dev: live preview (website and, at /<id>/cetak/, the paginated print view), without telemetry. */
process.env.ASTRO_TELEMETRY_DISABLED = '1';
// The preview shows drafts too.
process.env.LKJIP_DRAF ??= '1';
const { dev } = await import('astro');
await dev({ root: process.cwd() });

export {};
