import { describe, expect, it } from 'vitest';
import { pageKind } from '../../src/lib/pageKind';

describe('pageKind', () => {
  it.each([
    ['/index.html', 'home'],
    ['/en/index.html', 'home'],
    ['/areas/data/index.html', 'areas/*'],
    ['/en/areas/inference/index.html', 'areas/*'],
    ['/roadmap/index.html', 'roadmap'],
    ['/roadmap/rag/index.html', 'roadmap/*'],
    ['/interview/stages/rag/index.html', 'interview/*'],
    ['/404.html', '404'],
    ['/en/404.html', '404'],
  ])('%s is a %s page', (path, kind) => {
    expect(pageKind(path)).toBe(kind);
  });
});
