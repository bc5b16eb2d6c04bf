/** See desk-size.mjs. */
export declare function deskInitialLoad(outDir: string): {
  js: number;
  css: number;
  all: number;
  files: string[];
};
