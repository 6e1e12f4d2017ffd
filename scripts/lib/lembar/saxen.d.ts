/** The part of saxen 11 we use (the package ships no types). Attribute values and text come undecoded. */
declare module 'saxen' {
  type Konteks = () => { line: number; column: number; data: string };
  export class Parser {
    ns(peta?: Record<string, string>): this;
    on(
      event: 'openTag',
      cb: (
        nama: string,
        atribut: () => Record<string, string>,
        decode: (s: string) => string,
        tutupSendiri: boolean,
        konteks: Konteks,
      ) => void,
    ): this;
    on(event: 'closeTag', cb: (nama: string, decode: (s: string) => string, tutupSendiri: boolean, konteks: Konteks) => void): this;
    on(event: 'text', cb: (teks: string, decode: (s: string) => string, konteks: Konteks) => void): this;
    on(event: 'cdata', cb: (teks: string, konteks: Konteks) => void): this;
    on(event: 'error' | 'warn', cb: (galat: Error, konteks: Konteks) => void): this;
    parse(xml: string): Error | null;
    stop(): void;
  }
}
