declare namespace App {
  interface Locals {
    /** Bibliography keys of the page being rendered, in display order; read by <Cite>. */
    citations?: string[];
    /** Source file of the page being rendered, for error messages. */
    sourceFile?: string;
  }
}

declare module 'virtual:checklist-ids' {
  /** Each stage's checklist ids, by stage slug, in roadmap order (integrations/checklistIds.ts). */
  const ids: Record<string, string[]>;
  export default ids;
}
