// Cuts the social-card fonts down to the characters the cards use, from Debian's fonts-noto-cjk.
// Needs Debian's `fonts-noto-cjk` and `python3-fonttools` (hence /usr/bin/python3); run it when a card's text changes.
import { execFileSync } from 'node:child_process';
import { LOCALES } from '../src/config.ts';
import { SOCIAL_CARD_KINDS, socialCardText } from '../src/lib/socialCardText.ts';

const SOURCE = '/usr/share/fonts/opentype/noto';
// Index of "Noto Sans CJK SC" in the collection.
const SIMPLIFIED_CHINESE = '2';
// Printable ASCII and the typographic marks English text uses, so an edit in English never needs a re-cut.
const LATIN = `${Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index)).join('')}’‘“”—–…·`;

const text = new Set(LATIN);
for (const locale of LOCALES) {
  for (const kind of SOCIAL_CARD_KINDS) {
    for (const part of Object.values(socialCardText(locale, kind))) for (const char of part) text.add(char);
  }
}
text.add('…');

for (const weight of ['Regular', 'Bold']) {
  execFileSync('/usr/bin/python3', [
    '-m',
    'fontTools.subset',
    `${SOURCE}/NotoSansCJK-${weight}.ttc`,
    `--font-number=${SIMPLIFIED_CHINESE}`,
    `--text=${[...text].join('')}`,
    '--layout-features=',
    '--no-hinting',
    `--output-file=src/assets/fonts/NotoSansCJKsc-${weight}.card.otf`,
  ]);
}
console.log(`Cut ${text.size} characters into src/assets/fonts/`);
