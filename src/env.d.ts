/// <reference types="astro/client" />
declare namespace App {
  interface Locals {
    /** The report being rendered, set by the page before its chapters render. */
    konteks?: import('./site/konteks.ts').KonteksLaporan;
  }
}
