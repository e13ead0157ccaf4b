/**
 * Month names as Daylio writes them in its older `year,date` layout, where `date` is a day and a
 * month name in the phone's language ("18 May", "7 września", "16 de octubre", "3. März",
 * "5月18日"). Full names in the nominative and genitive forms, in lowercase; words are compared
 * without accents, and a shortened word ("sept", "déc") matches when it starts exactly one month's
 * names.
 */
const MONTH_WORDS: readonly (readonly string[])[] = [
  // 1 January
  ['january', 'januar', 'jänner', 'janvier', 'enero', 'janeiro', 'gennaio', 'januari', 'styczeń', 'stycznia', 'leden', 'ledna',
    'ocak', 'январь', 'января', 'січень', 'січня', 'januára', 'januárja', 'tammikuu', 'tammikuuta', 'ianuarie', 'gener'],
  // 2 February
  ['february', 'februar', 'feber', 'février', 'febrero', 'fevereiro', 'febbraio', 'februari', 'luty', 'lutego', 'únor', 'února',
    'şubat', 'февраль', 'февраля', 'лютий', 'лютого', 'februára', 'február', 'helmikuu', 'helmikuuta', 'februarie', 'febrer'],
  // 3 March
  ['march', 'märz', 'maerz', 'mars', 'marzo', 'março', 'maart', 'marzec', 'marca', 'březen', 'března', 'mart', 'март', 'марта',
    'березень', 'березня', 'marca', 'március', 'maaliskuu', 'maaliskuuta', 'martie', 'març'],
  // 4 April
  ['april', 'avril', 'abril', 'aprile', 'kwiecień', 'kwietnia', 'duben', 'dubna', 'nisan', 'апрель', 'апреля', 'квітень', 'квітня',
    'apríla', 'április', 'huhtikuu', 'huhtikuuta', 'aprilie'],
  // 5 May
  ['may', 'mai', 'mayo', 'maio', 'maggio', 'mei', 'maj', 'maja', 'květen', 'května', 'mayıs', 'май', 'мая', 'травень', 'травня',
    'mája', 'május', 'toukokuu', 'toukokuuta', 'maig'],
  // 6 June
  ['june', 'juni', 'juin', 'junio', 'junho', 'giugno', 'czerwiec', 'czerwca', 'červen', 'června', 'haziran', 'июнь', 'июня',
    'червень', 'червня', 'júna', 'június', 'kesäkuu', 'kesäkuuta', 'iunie', 'juny'],
  // 7 July
  ['july', 'juli', 'juillet', 'julio', 'julho', 'luglio', 'lipiec', 'lipca', 'červenec', 'července', 'temmuz', 'июль', 'июля',
    'липень', 'липня', 'júla', 'július', 'heinäkuu', 'heinäkuuta', 'iulie', 'juliol'],
  // 8 August
  ['august', 'août', 'agosto', 'augustus', 'sierpień', 'sierpnia', 'srpen', 'srpna', 'ağustos', 'август', 'августа', 'серпень',
    'серпня', 'augusta', 'augusztus', 'elokuu', 'elokuuta', 'augusti', 'agost'],
  // 9 September
  ['september', 'septembre', 'septiembre', 'setiembre', 'setembro', 'settembre', 'wrzesień', 'września', 'září', 'eylül',
    'сентябрь', 'сентября', 'вересень', 'вересня', 'septembra', 'szeptember', 'syyskuu', 'syyskuuta', 'septembrie', 'setembre'],
  // 10 October
  ['october', 'oktober', 'octobre', 'octubre', 'outubro', 'ottobre', 'październik', 'października', 'říjen', 'října', 'ekim',
    'октябрь', 'октября', 'жовтень', 'жовтня', 'októbra', 'október', 'lokakuu', 'lokakuuta', 'octombrie', 'octubre'],
  // 11 November
  ['november', 'novembre', 'noviembre', 'novembro', 'listopad', 'listopada', 'listopadu', 'kasım', 'ноябрь', 'ноября',
    'листопад', 'листопада', 'novembra', 'marraskuu', 'marraskuuta', 'noiembrie'],
  // 12 December
  ['december', 'dezember', 'décembre', 'diciembre', 'dezembro', 'dicembre', 'grudzień', 'grudnia', 'prosinec', 'prosince',
    'aralık', 'декабрь', 'декабря', 'грудень', 'грудня', 'decembra', 'joulukuu', 'joulukuuta', 'decembrie', 'desembre'],
];

/** Lowercase, accents and dots removed (ł → l, ı → i), so "Września", "wrzesnia" and "WRZEŚNIA." compare equal. */
export function foldWord(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss')
    .replace(/\./g, '');
}

/** Short forms that would otherwise start names of two months ("mar": March, and Finnish "marraskuu"). */
const SHORT: readonly (readonly string[])[] = [
  ['jan', 'jän', 'janv', 'ene', 'gen', 'sty'], ['feb', 'févr', 'fev', 'lut'], ['mar', 'mär', 'mrt'], ['apr', 'avr', 'abr', 'kwi'],
  ['may', 'mai', 'mag', 'maj'], ['jun', 'juin', 'giu', 'cze'], ['jul', 'juil', 'lug', 'lip'], ['aug', 'ago', 'août', 'sie'],
  ['sep', 'sept', 'set', 'wrz'], ['oct', 'okt', 'out', 'ott', 'paź'], ['nov', 'lis'], ['dec', 'dez', 'déc', 'dic', 'gru'],
];

const EXACT = new Map<string, number>();
[...MONTH_WORDS, ...SHORT].forEach((names, i) => {
  for (const n of names) EXACT.set(foldWord(n), (i % 12) + 1);
});
const FOLDED = MONTH_WORDS.map((names) => names.map(foldWord));

/** The month (1–12) a word names in any language of the table, or null. */
export function monthFromWord(word: string): number | null {
  const w = foldWord(word);
  const exact = EXACT.get(w);
  if (exact !== undefined) return exact;
  if (w.length < 3) return null;
  let found: number | null = null;
  for (let m = 0; m < 12; m++) {
    if (FOLDED[m]!.some((n) => n.startsWith(w))) {
      if (found !== null) return null; // starts names of two months: not sure
      found = m + 1;
    }
  }
  return found;
}

/** Words around the day and month that carry no date ("16 de octubre", "le 3 mars"); shorter ones are skipped anyway. */
const FILLER = new Set(['del', 'the', 'den', 'der', 'року']);

export type DayMonth = { day: number; month: number } | { unknownWord: string | null };

/**
 * The day and month in a Daylio `date` field: "18 May", "May 18", "7 września", "16 de octubre",
 * "3. März", "5月18日", "5월 18일". When no month can be found, `unknownWord` is the word that was
 * not a month name (null when there was no word at all).
 */
export function readDayMonth(text: string): DayMonth {
  const t = text.trim();
  const cjk = /^(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?$/u.exec(t);
  if (cjk) return { month: Number(cjk[1]), day: Number(cjk[2]) };
  let day: number | null = null;
  let month: number | null = null;
  let unknownWord: string | null = null;
  for (const token of t.toLowerCase().match(/\d+|\p{L}[\p{L}\p{M}]*/gu) ?? []) {
    if (/^\d+$/.test(token)) {
      if (day === null && token.length <= 2) day = Number(token);
      continue;
    }
    if (month !== null || FILLER.has(token)) continue;
    const m = monthFromWord(token);
    if (m !== null) month = m;
    else if (token.length >= 3) unknownWord ??= token;
  }
  if (day !== null && month !== null) return { day, month };
  return { unknownWord };
}
