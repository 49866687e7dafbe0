import type { Attendee } from './types.ts';

/** Words that make a bracketed or dashed part a job or role rather than an organisation. */
const ROLE_WORD =
  /\b(?:chair(?:man|person|woman)?|vice|member|manager|director|head|officer|nurse|doctor|reviewer|co-?ordinator|lead|adviser|advisor|consultant|administrator|clerk|secretary|headteacher|teacher|principal|inspector|superintendent|sergeant|constable|councillor|cllr|solicitor|practitioner|worker|commissioner|chief|deputy|assistant|minutes?|notes?|note[- ]?taker|minute[- ]?taker|observer|analyst|governor|designated|named|executive|representative|facilitator|presenter|guest|trustee|paediatrician|specialist|portfolio holder|business partner|independent|lay|navigator|advocate|champion|idva|isva|therapist|psychologist|psychiatrist|visitor|midwife|paramedic|caseworker|mentor|senco|dsl|scrutineer|auditor|clinician|registrar|chaplain|matron|commander|partner)\b/i;
export const isRoleLike = (s: string): boolean => ROLE_WORD.test(s);

const ORG_WORD =
  /\b(?:council|borough|homes|police|service|services|trust|ccg|pct|board|team|group|partnership|authority|nhs|schools?|colleges?|academy|academies|health|care|hospitals?|housing|probation|cafcass|company|department|agency|agencies|office|centre|unit|foundation|university|london|sub-?group|committee|forum|panel|network|healthcare|support|business|safety|welfare|justice|help|education|safeguarding|children|finance|legal|communications|comms|quality|assurance|performance|data|intelligence|commissioning|learning|development|training|youth|families|social|admin|administration|secretariat|operations|strategy|policy|protection|public|safer|community|communities|aid|rescue|refuge|ambulance|victim|women’s|women's)\b/i;
export const isOrgLike = (s: string): boolean => ORG_WORD.test(s);

/** Titles and ranks written before a name ("Dr", "Revd Canon", "Chief Insp", "Det Supt"). */
const RANK = String.raw`(?:(?:Det(?:ective)?|Chief|Ch|Acting|Temp(?:orary)?|Deputy|Assistant)\.?\s+)*(?:Supt|Superintendent|Insp|Inspector|Sgt|Sergeant|Con|Constable|Commander)`;
const TITLE_WORD = String.raw`(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Revd|Rev|Reverend|Canon|Father|DCI|DCS|DI|DS|DC|PC|PS|Sir|Dame|Lord|Lady|Baroness|Judge|HHJ|${RANK}|(?:Station|Group|Watch|Area)\s+Manager)\.?`;
const TITLE = new RegExp(String.raw`^(?:${TITLE_WORD}\s+)+`, 'i');
export const withoutTitle = (name: string): string => name.replace(TITLE, '').trim();
/** "…; Dr" at the end of a wrapped line: a title whose name is on the next line. */
export const endsWithTitle = (text: string): boolean => TITLE_AT_END.test(text);
const TITLE_AT_END = new RegExp(String.raw`\b${TITLE_WORD}\s*$`, 'u');

// Letters of any alphabet ("Siân", "Zoë", "Łukasz"), not just A–Z.
const NAME_WORD = String.raw`(?:\p{Lu}\.|\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*|(?:de|van|von|der|den|le|la|da|di|du|dos|bin|al|ap|O'|Mc|Mac)(?!\p{L}))`;
const PERSON_NAME = new RegExp(String.raw`^(?:${TITLE_WORD}\s+){0,2}(?:\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)?|[B-HJ-Z]\.?|[AI]\.)(?:\s+${NAME_WORD}){1,4}$`, 'u');

/** "Grace Obuya", "Cllr Jane de Souza", "Rebecca Thornbury-Willis"; not "Tower Hamlets Council". */
export function looksLikePersonName(s: string): boolean {
  // "Mrs J. Okonjo", "John A. Smith": initials allowed, but the surname is written out.
  if (s.length > 60 || !PERSON_NAME.test(s) || !/\p{L}[\p{L}'’-]+$/u.test(s)) return false;
  const plain = withoutTitle(s);
  // "Lambeth SCP", "Haringey ICB": a short run of capitals beside ordinary words is an acronym.
  if (/\b[A-Z]{2,4}s?\b/.test(plain) && /\b[A-Z][a-z]/.test(plain)) return false;
  if (/\b[A-Z]{2,3}\b/.test(plain)) return false;
  return !isOrgLike(plain) && !isRoleLike(plain) && !/^(?:The|All|Any|Each|Every|This|These|Members?|Partners?)\b/.test(plain);
}

/** Words that open an organisation's name ("South East London ICB", "Riverton Mental Health Trust"), not a person's. */
const PLACE_OR_KIND =
  /^(?:north|south|east|west|central|greater|royal|mental|community|children'?s|young|adults?|early|public|primary|secondary|national|local|county|city|borough|district|metropolitan|united|general|joint|integrated|new|great|upper|lower|saint|st)$/i;

const APOLOGIES_NOTE = /^(?:apologies|apols?\.?|sent apologies|apologies (?:given|received|sent))$/i;

/** A bracketed note about the attendance rather than the person: "(item 4)", "(for minutes 23–24)". */
const BRACKET_NOTE = /^(?:for\s+|from\s+|until\s+|part\s+)?(?:(?:agenda\s+)?items?|minutes?)\s*\d|^(?:part(?:\s+of\s+(?:the\s+)?meeting)?|left\s+.*|arrived\s+.*|from\s+\d.*)$/i;

/** A comma-separated piece that names a job: a role word first or last ("Director of …", "Business Manager"). */
function isRolePiece(piece: string): boolean {
  // "Cabinet Member for Communities", "Head of Youth Justice": a post named for what it covers.
  if (/\b(?:member|director|head|lead|manager|officer|nurse|doctor|adviser|advisor|commissioner|chair|portfolio holder)\s+(?:for|of)\b/i.test(piece)) return true;
  const words = piece.replace(/^(?:acting|interim)\s+/i, '').split(/\s+/);
  return ROLE_WORD.test(words[0]!) || (ROLE_WORD.test(words[words.length - 1]!) && !isOrgLike(words[words.length - 1]!));
}

export interface PersonEntry extends Attendee {
  marker: string | null;
  initials?: string | null;
  /** marked as having sent apologies within a list of those present */
  apologies?: boolean;
  /** marked as chairing the meeting */
  chairs?: boolean;
}

const MARKER = /\s*([*†‡#^+]+)\s*$/;

/**
 * One attendance entry: "Name (Org)", "Name – Org", "Name (Role, Organisation)",
 * "Name – Org (notes)", with a trailing marker such as "*" kept for the legend.
 */
export function parsePersonEntry(raw: string, kind: 'present' | 'apology', opts: { startsLine?: boolean } = { startsLine: true }): PersonEntry | null {
  // "Councillors Graham Spence and Lucy Trent": a plural title belongs to no one name.
  let s = raw.replace(/\s+/g, ' ').replace(/^[•,;\s]+|[.,;:\s]+$/g, '').replace(/^and\s+/i, '').replace(/^(?:(?:were\s+)?received\s+)?from\s+/i, '').replace(/^(?:councillors|cllrs\.?|drs\.?|messrs\.?)\s+/i, '');
  // "Sue Hammond (CAMHS) had sent apologies late": the sentence's verb is not part of the entry.
  s = s.replace(/\s+(?:had\s+|has\s+)?sent\s+(?:(?:her|his|their)\s+)?apologies(?:\s+late)?$/i, '');
  // "Peter Oakes – Brentside Academy – apologies": a closing remark that the person sent apologies.
  const sentApologies = /\s*(?:[–—,;]|\s-)\s*(?:sent\s+)?(?:apologies|apols?\.?)(?:\s+(?:given|received|sent))?$/i.exec(s);
  if (sentApologies && sentApologies.index > 0) s = s.slice(0, sentApologies.index);
  // "Angela Worth (AW), Head of Quality Assurance, Lewisham Council – Chair": the closing word marks the chair.
  const chairTail = /\s*(?:[–—,;]|\s-)\s*(?:chair(?:man|person|woman)?|in the chair)$/i.exec(s);
  if (chairTail && chairTail.index > 0) s = s.slice(0, chairTail.index);
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
  // "Name – Org", or "Name, Role, Organisation" when no dash follows the name.
  const sep = dash ?? /\s*,\s*/.exec(s);
  let name = (sep ? s.slice(0, sep.index) : s).trim();
  let after = sep ? s.slice(sep.index + sep[0].length).trim() : null;
  // "Jane Smith Hartswood Council" (columns pasted from a PDF lose their tabs): a name, then an organisation or role.
  // Most names are two words, so the shortest split that reads as name + organisation wins.
  if (opts.startsLine && !looksLikePersonName(name)) {
    const title = TITLE.exec(name)?.[0] ?? '';
    const words = name.slice(title.length).split(/\s+/);
    for (let k = 2; k <= Math.min(3, words.length - 1); k++) {
      // …unless a job title plainly starts one word later ("Mary Ann Jones Head of Early Help").
      if (k === 2 && words.length > 3 && !ROLE_WORD.test(words[2]!) && /^(?:head|director|chief|lead|manager|deputy|assistant|designated|named)$/i.test(words[3]!)) continue;
      const rest = words.slice(k);
      const heading = rest.every((w) => /^[\p{Lu}&(]/u.test(w) || /^(?:of|and|for|the|in|&)$/.test(w)) && rest.length <= 7;
      const who = `${title}${words.slice(0, k).join(' ')}`;
      if (heading && looksLikePersonName(who) && !words.slice(0, k).some((w) => PLACE_OR_KIND.test(w)) && (isOrgLike(rest.join(' ')) || isRoleLike(rest.join(' ')))) {
        [name, after] = [who, [rest.join(' '), after].filter(Boolean).join(', ')];
        break;
      }
    }
  }
  let organisation: string | null = null;
  let role: string | null = null;
  // "Jane Okafor (JO)": initials written beside the name.
  const initials = brackets.find((b) => looksLikeInitials(b) && initialsFit(b, name)) ?? null;
  const apologies = !!sentApologies || brackets.some((b) => APOLOGIES_NOTE.test(b)) || (after !== null && APOLOGIES_NOTE.test(after));
  if (apologies && after !== null && APOLOGIES_NOTE.test(after)) after = null;
  const parts = [after, ...brackets.filter((b) => b !== initials && !BRACKET_NOTE.test(b) && !APOLOGIES_NOTE.test(b))].filter((p): p is string => !!p);
  for (const part of parts) {
    const pieces = part.split(/\s*,\s*/).filter(Boolean);
    const roles = pieces.length > 1 ? pieces.filter(isRolePiece) : isRoleLike(part) ? pieces : [];
    const orgs = pieces.filter((p) => !roles.includes(p));
    if (kind === 'apology') {
      if (orgs.length) organisation ??= orgs.join(', ');
      continue;
    }
    if (roles.length) role ??= roles.join(', ');
    if (orgs.length) {
      if (organisation === null) organisation = orgs.join(', ');
      else role ??= orgs.join(', ');
    }
  }
  name = name.replace(/\s+/g, ' ');
  if (!looksLikePersonName(name)) return null;
  // "(Chair)", "– Chair", "(Vice Chair, in the chair)": the person chairing this meeting.
  const chairs = !!chairTail || [...brackets, ...(after?.split(/\s*[,–—]\s*/) ?? [])].some((b) => CHAIR_MARK.test(b.trim()));
  return { name, organisation, representing, role, marker, initials, ...(apologies && { apologies }), ...(chairs && { chairs }) };
}

// "Chair", "Vice Chair, in the chair", and in a role cell "Deputy Chief Nurse (Chair)" or "Vice Chair (in the chair)".
const CHAIR_MARK = /^(?:(?:independent\s+)?chair(?:man|person|woman)?|(?:.*,\s*)?in the chair|chairing(?: the meeting)?)$|\((?:[^()]*,\s*)?(?:(?:independent\s+)?chair(?:man|person|woman)?|in the chair)\)$/i;
/** A role cell or bracket saying the person chaired the meeting. */
export const isChairMark = (s: string): boolean => CHAIR_MARK.test(s.trim());

/** Initials-like owners: "GO", "SGe", "KH", "JPi". */
export const looksLikeInitials = (s: string): boolean =>
  /^[A-Z][A-Za-z'’]{0,5}$/.test(s) && /^[A-Z](?:['’]?[A-Z][a-z]?){1,3}$|^[A-Z][a-z][A-Z][a-z]?$/.test(s);

/** Whether initials such as "SGe" or "RTW" fit a full name. */
export function initialsFit(initials: string, fullName: string): boolean {
  // "MO’C" for Mary O’Connell: an apostrophe keeps its letter with the one before.
  const letters = initials.match(/[A-Z](?:['’][A-Z])?[a-z]*/g);
  if (!letters || letters.join('') !== initials) return false;
  // "RMcA" for Rory McAllister: "Mc" or "Mac" goes with the letter after it.
  const groups = letters.reduce<string[]>((out, g, i) => (i > 0 && /^(?:Mc|Mac)$/.test(letters[i - 1]!) ? [...out.slice(0, -1), out[out.length - 1]! + g] : [...out, g]), []);
  const written = withoutTitle(fullName).split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  // "Mary-Jane Smith" is MJS (or MS): a hyphenated first or middle name gives a letter for each part.
  const words = [...written.slice(0, -1).flatMap((w) => w.split('-')), ...written.slice(-1)];
  if (words.length < 2) return false;
  const pre = (g: string, w: string): boolean => w.toLowerCase().startsWith(g.toLowerCase());
  if (!pre(groups[0]!, words[0]!)) return false;
  const rest = groups.slice(1);
  const last = words[words.length - 1]!;
  const middles = words.slice(1, -1);
  // The surname whole, or a letter for each part: "El-Amin" (SEA), "O’Rourke" (LOR).
  const splits = [[last], last.split('-'), last.split(/(?<=^O)['’]/)].filter((parts, k) => k === 0 || parts.length > 1);
  for (const lastParts of splits) {
    const n = lastParts.length;
    if (rest.length < n) continue;
    const tail = rest.slice(rest.length - n);
    const ok = tail.every((g, i) => pre(g, lastParts[i]!));
    if (!ok) continue;
    const mid = rest.slice(0, rest.length - n);
    let j = 0;
    for (const w of middles) if (j < mid.length && pre(mid[j]!, w)) j++;
    if (j === mid.length) return true;
  }
  return false;
}
