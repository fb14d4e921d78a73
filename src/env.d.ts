declare namespace App {
  interface Locals {
    /** Bibliography keys of the page being rendered, in display order; read by <Cite>. */
    citations?: string[];
    /** Source file of the page being rendered, for error messages. */
    sourceFile?: string;
  }
}
