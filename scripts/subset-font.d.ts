// subset-font 2.9.0 ships no types; only the call prepare-fonts makes is declared.
declare module 'subset-font' {
  interface SubsetFontOptions {
    targetFormat?: 'truetype' | 'sfnt' | 'woff' | 'woff2';
    keepFeatures?: string[];
    noHinting?: boolean;
    noLayoutClosure?: boolean;
    dropTables?: string[];
    preserveNameIds?: number[];
  }
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: SubsetFontOptions,
  ): Promise<Buffer>;
}
