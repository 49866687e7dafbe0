import type { Attendee } from './types.ts';

/** Words that make a bracketed or dashed part a job or role rather than an organisation. */
const ROLE_WORD =
  /\b(?:chair(?:man|person|woman)?|vice|member|manager|director|head|officer|nurse|doctor|reviewer|co-?ordinator|lead|adviser|advisor|consultant|administrator|clerk|secretary|headteacher|teacher|principal|inspector|superintendent|sergeant|constable|councillor|cllr|solicitor|practitioner|worker|commissioner|chief|deputy|assistant|minutes?|notes?|note[- ]?taker|minute[- ]?taker|observer|analyst|governor|designated|named|executive|representative|facilitator|presenter|guest|trustee|paediatrician|specialist|portfolio holder|business partner|independent|lay)\b/i;
export const isRoleLike = (s: string): boolean => ROLE_WORD.test(s);

const ORG_WORD =
  /\b(?:council|borough|homes|police|service|services|trust|ccg|pct|board|team|group|partnership|authority|nhs|school|college|academy|health|care|hospital|housing|probation|cafcass|company|department|agency|agencies|office|centre|unit|foundation|university|london|sub-?group|committee|forum|panel|network)\b/i;
export const isOrgLike = (s: string): boolean => ORG_WORD.test(s);

const TITLE = /^(?:cllr\.?|councillor|dr\.?|mr\.?|mrs\.?|ms\.?|miss|prof\.?|professor|revd\.?|rev\.?|dci|di|ds|dc|supt\.?|insp\.?|sir|dame|lord|lady|judge|hhj)\s+/i;
export const withoutTitle = (name: string): string => name.replace(TITLE, '').trim();

const NAME_WORD = String.raw`(?:[A-Z][a-zA-Z'’]*(?:-[A-Za-z][a-zA-Z'’]*)*|(?:de|van|von|der|den|le|la|da|di|du|dos|bin|al|ap|O'|Mc|Mac)\b)`;
const PERSON_NAME = new RegExp(String.raw`^(?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Revd|Rev|DCI|DI|DS|Supt|Sir|Dame)\.?\s+)?[A-Z][a-zA-Z'’]+(?:-[A-Z][a-zA-Z'’]+)?(?:\s+${NAME_WORD}){1,4}$`);

/** "Grace Obuya", "Cllr Jane de Souza", "Rebecca Thornbury-Willis"; not "Tower Hamlets Council". */
export function looksLikePersonName(s: string): boolean {
  if (s.length > 60 || !PERSON_NAME.test(s)) return false;
  const plain = withoutTitle(s);
  return !isOrgLike(plain) && !isRoleLike(plain) && !/^(?:The|All|Any|Each|Every|This|These|Members?|Partners?)\b/.test(plain);
}

export interface PersonEntry extends Attendee {
  marker: string | null;
}

const MARKER = /\s*([*†‡#^+]+)\s*$/;

/**
 * One attendance entry: "Name (Org)", "Name – Org", "Name (Role, Organisation)",
 * "Name – Org (notes)", with a trailing marker such as "*" kept for the legend.
 */
export function parsePersonEntry(raw: string, kind: 'present' | 'apology'): PersonEntry | null {
  let s = raw.replace(/\s+/g, ' ').replace(/^[•,;\s]+|[.,;:\s]+$/g, '').replace(/^and\s+/i, '');
  let marker: string | null = null;
  const mk = MARKER.exec(s);
  if (mk) {
    marker = mk[1]!;
    s = s.slice(0, mk.index).trim();
  }
  let representing: string | null = null;
  const rep = /\s*[(,–-]?\s*\b(?:representing|on behalf of|deputising for|substituting for)\s+([^()]+?)\)?$/i.exec(s);
  if (rep && rep.index > 0) {
    representing = rep[1]!.replace(/^the\s+/i, '').trim();
    s = s.slice(0, rep.index).trim();
  }
  const brackets: string[] = [];
  s = s.replace(/\s*\(([^()]*)\)/g, (_, inner: string) => {
    brackets.push(inner.trim());
    return '';
  });
  const mk2 = MARKER.exec(s);
  if (mk2 && !marker) {
    marker = mk2[1]!;
    s = s.slice(0, mk2.index);
  }
  const dash = /\s+[–—-]\s+|\s*[–—]\s*/.exec(s);
  let name = (dash ? s.slice(0, dash.index) : s).trim();
  const dashed = dash ? s.slice(dash.index + dash[0].length).trim() : null;
  let organisation: string | null = null;
  let role: string | null = null;
  const parts = [dashed, ...brackets].filter((p): p is string => !!p);
  for (const part of parts) {
    const pieces = part.split(/\s*,\s*/).filter(Boolean);
    if (kind === 'apology') {
      organisation ??= pieces[pieces.length - 1] ?? null;
      continue;
    }
    if (pieces.length > 1 && organisation === null) {
      role ??= pieces.slice(0, -1).join(', ');
      organisation = pieces[pieces.length - 1]!;
    } else if (isRoleLike(part) || organisation !== null) role ??= part;
    else organisation = part;
  }
  name = name.replace(/\s+/g, ' ');
  if (!looksLikePersonName(name)) return null;
  return { name, organisation, representing, role, marker };
}

/** Initials-like owners: "GO", "SGe", "KH", "JPi". */
export const looksLikeInitials = (s: string): boolean =>
  /^[A-Z][A-Za-z'’]{0,5}$/.test(s) && /^[A-Z](?:['’]?[A-Z][a-z]?){1,3}$|^[A-Z][a-z][A-Z][a-z]?$/.test(s);

/** Whether initials such as "SGe" or "RTW" fit a full name. */
export function initialsFit(initials: string, fullName: string): boolean {
  // "MO’C" for Mary O’Connell: an apostrophe keeps its letter with the one before.
  const groups = initials.match(/[A-Z](?:['’][A-Z])?[a-z]*/g);
  if (!groups || groups.join('') !== initials) return false;
  const words = withoutTitle(fullName).split(/\s+/).filter((w) => /^[A-Za-z]/.test(w));
  if (words.length < 2) return false;
  const pre = (g: string, w: string): boolean => w.toLowerCase().startsWith(g.toLowerCase());
  if (!pre(groups[0]!, words[0]!)) return false;
  const rest = groups.slice(1);
  const last = words[words.length - 1]!;
  const lastParts = last.split('-');
  const middles = words.slice(1, -1);
  const tails: number[] = [1];
  if (lastParts.length > 1) tails.push(lastParts.length);
  for (const n of tails) {
    if (rest.length < n) continue;
    const tail = rest.slice(rest.length - n);
    const ok = n === 1 ? pre(tail[0]!, last) : tail.every((g, i) => pre(g, lastParts[i]!));
    if (!ok) continue;
    const mid = rest.slice(0, rest.length - n);
    let j = 0;
    for (const w of middles) if (j < mid.length && pre(mid[j]!, w)) j++;
    if (j === mid.length) return true;
  }
  return false;
}
