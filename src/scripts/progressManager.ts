// <progress-manager>: export, import, share and clear the reader's progress (checklists and
// practice) on the Progress page; every change that replaces progress asks first.
import {
  decodeShareFragment,
  encodeShareFragment,
  MAX_PROGRESS_BYTES,
  parseProgress,
  serializeProgress,
  type ParseResult,
  type Progress,
} from '../lib/progress';
import { clearProgress, dropBackup, knownItemIds, loadProgress, readBackup, saveProgress } from './progressStore';

type Messages = Record<string, string>;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** Export, import, share and clear; every change that replaces progress asks first. */
class ProgressManager extends HTMLElement {
  private messages: Messages = {};
  private status!: HTMLElement;

  connectedCallback() {
    this.messages = JSON.parse(this.dataset.messages ?? '{}') as Messages;
    const status = this.querySelector<HTMLElement>('[data-progress-status]');
    const controls = this.querySelector<HTMLElement>('[data-progress-controls]');
    if (!status || !controls) return;
    this.status = status;
    controls.hidden = false;
    this.showDamaged();

    this.on('export', () => {
      const { progress } = loadProgress();
      download(`llm-guide-progress-${progress.updatedAt.slice(0, 10)}.json`, serializeProgress(progress));
    });
    this.on('clear', () => {
      const { progress } = loadProgress();
      if (!confirm(fill(this.messages['progress.confirmClear'] ?? '', { count: progress.completed.length }))) {
        this.say('progress.kept');
        return;
      }
      clearProgress();
      this.say('progress.cleared');
    });
    this.on('share', () => void this.share());
    this.on('download-backup', () => download('llm-guide-progress-damaged.txt', readBackup() ?? ''));
    this.on('discard-backup', () => {
      dropBackup();
      this.showDamaged();
    });
    this.querySelector<HTMLInputElement>('input[data-action="import"]')?.addEventListener('change', (event) => {
      const input = event.currentTarget as HTMLInputElement;
      const file = input.files?.[0];
      input.value = '';
      if (file) void this.importFile(file);
    });

    const shared = decodeShareFragment(location.hash, knownItemIds());
    if (shared) {
      history.replaceState(null, '', location.pathname + location.search);
      this.apply(shared, 'progress.sourceLink');
    }
  }

  private on(action: string, handler: () => void): void {
    this.querySelector(`button[data-action="${action}"]`)?.addEventListener('click', handler);
  }

  private say(key: string, values: Record<string, string | number> = {}): void {
    this.status.textContent = fill(this.messages[key] ?? key, values);
  }

  private showDamaged(): void {
    const box = this.querySelector<HTMLElement>('[data-damaged]');
    if (box) box.hidden = readBackup() === null;
  }

  private async importFile(file: File): Promise<void> {
    if (file.size > MAX_PROGRESS_BYTES) {
      this.say('progress.error.too-large');
      return;
    }
    this.apply(parseProgress(await file.text(), knownItemIds()), 'progress.sourceFile');
  }

  /** Replaces progress with a parsed import after confirmation; a failed parse changes nothing. */
  private apply(result: ParseResult, sourceKey: string): void {
    if (!result.ok) {
      const detail = result.detail ?? '';
      this.say(`progress.error.${result.error}`, { detail: result.error === 'wrong-shape' && detail ? ` (${detail})` : detail });
      return;
    }
    const current: Progress = loadProgress().progress;
    const question = fill(this.messages['progress.confirmReplace'] ?? '', {
      source: this.messages[sourceKey] ?? '',
      incoming: result.progress.completed.length,
      current: current.completed.length,
      incomingPractice: Object.keys(result.progress.practice).length,
      currentPractice: Object.keys(current.practice).length,
    });
    if (!confirm(question)) {
      this.say('progress.kept');
      return;
    }
    saveProgress(result.progress);
    this.say('progress.imported', {
      count: result.progress.completed.length,
      practice: Object.keys(result.progress.practice).length,
    });
  }

  private async share(): Promise<void> {
    const url = new URL(location.href);
    url.hash = encodeShareFragment(loadProgress().progress);
    // The link is always shown, so it can be copied by hand when the clipboard is unavailable.
    const output = this.querySelector<HTMLElement>('[data-share-output]');
    const field = output?.querySelector('input');
    if (output && field) {
      output.hidden = false;
      field.value = url.href;
      field.select();
    }
    try {
      await navigator.clipboard.writeText(url.href);
      this.say('progress.copied');
    } catch {
      this.say('progress.copyFallback');
    }
  }
}
customElements.define('progress-manager', ProgressManager);
