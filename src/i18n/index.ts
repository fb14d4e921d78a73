import type { Locale } from '../config';
import { en } from './en';
import { zh } from './zh';

/** Every locale must supply exactly the keys of the Chinese dictionary. */
export type UiStrings = { [K in keyof typeof zh]: string };
export type UiKey = keyof UiStrings;

const dictionaries: Record<Locale, UiStrings> = { zh, en };

/** Looks up a UI string and fills `{name}` placeholders. */
export function translate(locale: Locale, key: UiKey, values: Record<string, string | number> = {}): string {
  return dictionaries[locale][key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

/** The colon that follows a label in a language ("：" / ": "). */
export function colon(locale: Locale): string {
  return locale === 'zh' ? '：' : ': ';
}

/** A UI label followed by the colon of its language ("目标：" / "Goal: "). */
export function label(locale: Locale, key: UiKey): string {
  return translate(locale, key) + colon(locale);
}

export function useTranslations(locale: Locale) {
  return (key: UiKey, values?: Record<string, string | number>) => translate(locale, key, values);
}
