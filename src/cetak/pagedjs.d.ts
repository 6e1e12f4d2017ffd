/** The part of Paged.js 0.4.3 we use (the package ships no types). */
declare module 'pagedjs' {
  export class Handler {
    constructor(chunker: unknown, polisher: unknown, caller: unknown);
  }
  export class Previewer {
    preview(content?: unknown, stylesheets?: unknown, renderTo?: unknown): Promise<{ total: number; pages: unknown[] }>;
  }
  export function registerHandlers(...handlers: unknown[]): void;
}
