// The parts of madge's API (v8, no bundled types) the import-cycle test uses.
declare module 'madge' {
  interface MadgeConfig {
    fileExtensions?: string[];
    tsConfig?: string;
    excludeRegExp?: RegExp[];
  }
  interface MadgeInstance {
    /** Each module with the modules it imports, relative to the base directory. */
    obj(): Record<string, string[]>;
    /** Each import cycle as the list of its modules. */
    circular(): string[][];
  }
  export default function madge(path: string, config?: MadgeConfig): Promise<MadgeInstance>;
}
