// <progress-manager>: export, import, share and clear the reader's progress (checklists and
// practice) on the Progress page; every change that replaces or deletes progress asks first, in a
// dialog whose default button is Cancel.
import { fillTemplate as fill } from '../lib/fillTemplate';
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

class ProgressManager extends HTMLElement {
  private messages: Messages = {};
  private status!: HTMLElement;
  private error!: HTMLElement;
  private dialog!: HTMLDialogElement;

  connectedCallback() {
    this.messages = JSON.parse(this.dataset.messages ?? '{}') as Messages;
    const status = this.querySelector<HTMLElement>('[data-progress-status]');
    const error = this.querySelector<HTMLElement>('[data-progress-error]');
    const dialog = this.querySelector('dialog');
    if (!status || !error || !dialog) return;
    this.status = status;
    this.error = error;
    this.dialog = dialog;
    // Reading the store is what moves a damaged value into the backup, so read before reporting it.
    loadProgress();
    this.showDamaged();

    this.on('export', () => {
      const { progress } = loadProgress();
      download(`llm-guide-progress-${progress.updatedAt.slice(0, 10)}.json`, serializeProgress(progress));
    });
    this.on('clear', async () => {
      const { progress } = loadProgress();
      const question = fill(this.messages['progress.confirmClear'] ?? '', { count: progress.completed.length });
      if (!(await this.ask(question, 'progress.clear'))) {
        this.say('progress.kept');
        return;
      }
      clearProgress();
      this.say('progress.cleared');
    });
    this.on('share', () => this.share());
    this.on('download-backup', () => download('llm-guide-progress-damaged.txt', readBackup() ?? ''));
    this.on('discard-backup', async () => {
      if (!(await this.ask(this.messages['progress.confirmDiscard'] ?? '', 'progress.discardBackup'))) {
        this.say('progress.kept');
        return;
      }
      dropBackup();
      this.showDamaged();
      this.say('progress.discarded');
    });
    this.querySelector<HTMLInputElement>('input[data-action="import"]')?.addEventListener('change', (event) => {
      const input = event.currentTarget as HTMLInputElement;
      const file = input.files?.[0];
      input.value = '';
      if (file) void this.importFile(file);
    });

    const shared = decodeShareFragment(location.hash, knownItemIds(), { knownSkills: this.knownSkills() });
    if (shared) {
      history.replaceState(null, '', location.pathname + location.search);
      void this.apply(shared, 'progress.sourceLink');
    }
  }

  /** The self-assessment's skill ids, so an import with a rating of an unknown skill is refused. */
  private knownSkills(): Set<string> {
    return new Set((this.dataset.skillIds ?? '').split(' ').filter(Boolean));
  }

  private on(action: string, handler: () => unknown): void {
    this.querySelector(`button[data-action="${action}"]`)?.addEventListener('click', () => void handler());
  }

  private say(key: string, values: Record<string, string | number> = {}): void {
    this.error.replaceChildren();
    this.status.textContent = fill(this.messages[key] ?? key, values);
  }

  private fail(key: string, values: Record<string, string | number> = {}): void {
    this.status.textContent = '';
    const title = document.createElement('strong');
    title.textContent = this.messages['progress.errorTitle'] ?? '';
    this.error.replaceChildren(title, fill(this.messages[key] ?? key, values));
  }

  /** Asks in the page's dialog; resolves true only when the reader picks the named action. Esc and Cancel keep things. */
  private ask(question: string, actionKey: string): Promise<boolean> {
    const message = this.dialog.querySelector('[data-confirm-message]');
    const confirmButton = this.dialog.querySelector<HTMLButtonElement>('button[value="confirm"]');
    if (message) message.textContent = question;
    if (confirmButton) confirmButton.textContent = this.messages[actionKey] ?? '';
    this.dialog.returnValue = '';
    this.dialog.showModal();
    this.dialog.querySelector<HTMLButtonElement>('button[value="cancel"]')?.focus();
    return new Promise((resolve) => {
      this.dialog.addEventListener('close', () => resolve(this.dialog.returnValue === 'confirm'), { once: true });
    });
  }

  private showDamaged(): void {
    const box = this.querySelector<HTMLElement>('[data-damaged]');
    if (box) box.hidden = readBackup() === null;
  }

  private async importFile(file: File): Promise<void> {
    if (file.size > MAX_PROGRESS_BYTES) {
      this.fail('progress.error.too-large');
      return;
    }
    await this.apply(
      parseProgress(await file.text(), knownItemIds(), { knownSkills: this.knownSkills() }),
      'progress.sourceFile',
    );
  }

  /** Replaces progress with a parsed import after confirmation; a failed parse changes nothing. */
  private async apply(result: ParseResult, sourceKey: string): Promise<void> {
    if (!result.ok) {
      const detail = result.detail ?? '';
      this.fail(`progress.error.${result.error}`, { detail: result.error === 'wrong-shape' && detail ? ` (${detail})` : detail });
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
    if (!(await this.ask(question, 'progress.replace'))) {
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
