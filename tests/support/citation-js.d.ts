/** The part of citation.js the tests use: it ships no type declarations. */
declare module '@citation-js/core' {
  export class Cite {
    /** Parses input in any format a loaded plugin reads (here RIS) into CSL-JSON items. */
    static async(input: string): Promise<Cite>;
    data: Record<string, unknown>[];
  }
}
