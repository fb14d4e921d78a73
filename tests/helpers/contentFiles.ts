// Reads content sources directly (frontmatter + MDX body) for the content tests.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { ROOT } from './paths';

export const CONTENT = join(ROOT, 'content');

export interface SourceFile<T> {
  path: string;
  data: T;
  body: string;
}

export function readSource<T>(path: string): SourceFile<T> {
  const text = readFileSync(path, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error(`${path}: no frontmatter`);
  return { path, data: yaml.load(match[1]!) as T, body: text.slice(match[0].length) };
}

export function readYaml<T>(path: string): T {
  return yaml.load(readFileSync(path, 'utf8')) as T;
}

export function listFiles(dir: string, extension: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => join(dir, name));
}

/** Prose without code blocks, math, JSX tags and link targets, for counting words and characters. */
export function proseOf(body: string): string {
  return body
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$\n]+\$/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']');
}

export const countHan = (text: string) => (text.match(/\p{Script=Han}/gu) ?? []).length;
export const countWords = (text: string) => (text.match(/[A-Za-z0-9][A-Za-z0-9'’-]*/g) ?? []).length;

export const h2Headings = (body: string) =>
  body
    .replace(/```[\s\S]*?```/g, '')
    .split('\n')
    .filter((line) => line.startsWith('## '))
    .map((line) => line.slice(3).trim());

export const questionLevels = (body: string) => [...body.matchAll(/<Question\s+level="(easy|medium|hard)"/g)].map((m) => m[1]);
export const citedKeys = (body: string) => [...body.matchAll(/<Cite\s+k="([^"]+)"/g)].map((m) => m[1]!);
