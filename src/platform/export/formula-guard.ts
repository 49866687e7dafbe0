// OWASP "CSV injection": a spreadsheet treats a text cell whose first character is one of
// these as the start of a formula (tab and carriage return can hide one from view). The
// full-width forms are included because some spreadsheet locales normalise them first.
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠']);

/** True when a spreadsheet could read this text as a formula. */
export function looksLikeFormula(text: string): boolean {
  return text.length > 0 && FORMULA_TRIGGERS.has(text[0]!);
}

/**
 * Text made safe to put in a spreadsheet cell: a leading apostrophe makes Excel,
 * LibreOffice and Google Sheets show the text as typed instead of evaluating it.
 * Only text goes through here; real numbers (negative ones too) stay numbers.
 */
export function neutraliseFormula(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}
