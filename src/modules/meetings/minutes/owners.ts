import type { ActionOwner } from './types.ts';
import { initialsFit, isOrgLike, isRoleLike, looksLikeInitials, looksLikePersonName, withoutTitle } from './people.ts';

/** Everyone the minutes name, for turning "GO" or "Teresa" into a person. */
export class People {
  private readonly listed: string[] = [];
  private readonly mentioned: string[] = [];
  /** initials written beside a name (an "Initials" column, "Sarah Gerrard (SGe)") */
  private readonly aliases = new Map<string, string[]>();
  private readonly orgWords = new Set<string>();

  /** answers of candidates(), forgotten whenever someone is added */
  private readonly known = new Map<string, string[]>();

  add(name: string | null | undefined, initials?: string | null): void {
    if (!name) return;
    this.known.clear();
    if (!this.listed.includes(name)) this.listed.push(name);
    // Two people may be declared with the same initials ("DS" twice): then "DS" fits both.
    if (initials && looksLikeInitials(initials)) this.aliases.set(initials, [...new Set([...(this.aliases.get(initials) ?? []), name])]);
  }
  mention(name: string): void {
    this.known.clear();
    if (!this.listed.includes(name) && !this.mentioned.includes(name)) this.mentioned.push(name);
  }
  organisation(org: string | null | undefined): void {
    for (const w of org?.split(/[\s,/&()–-]+/) ?? []) if (/^[A-Z]{2,}$/.test(w)) this.orgWords.add(w);
  }
  get names(): readonly string[] {
    return this.listed;
  }

  /** People who fit a reference: initials, a full name, or a first name. */
  candidates(written: string): string[] {
    // Copies, so that one action's candidate list is never another's.
    const known = this.known.get(written);
    if (known) return [...known];
    const found = this.lookUp(written);
    this.known.set(written, found);
    return [...found];
  }

  private lookUp(written: string): string[] {
    // "J.S." is "JS"; "DS Walsh" or "Dr Eze" is looked up without the title.
    const ref = /^(?:[A-Z]\.){2,4}$/.test(written) ? written.replace(/\./g, '') : written;
    const alias = this.aliases.get(ref);
    if (alias) return alias;
    const bare = withoutTitle(ref);
    const plain = bare.toLowerCase();
    for (const pool of [this.listed, this.mentioned]) {
      const exact = pool.filter((n) => withoutTitle(n).toLowerCase() === plain);
      if (exact.length) return exact;
      let fits: string[] = [];
      if (looksLikeInitials(ref)) {
        // Someone whose written initials differ (SGe vs SGo) is not a fit for plain "SG" guesses.
        fits = pool.filter((n) => initialsFit(ref, n) && ![...this.aliases].some(([a, p]) => p.includes(n) && a !== ref && a.length >= ref.length && a.toUpperCase() !== ref));
        if (fits.length === 0) fits = pool.filter((n) => initialsFit(ref, n));
      } else if (/^\p{Lu}(?:[\p{Ll}'’-]|(?<=['’]|Ma?c)\p{Lu})+$/u.test(bare) && pool === this.listed) {
        fits = pool.filter((n) => withoutTitle(n).split(/\s+/)[0]!.toLowerCase() === plain);
        if (fits.length === 0) fits = pool.filter((n) => withoutTitle(n).split(/\s+/).slice(-1)[0]!.toLowerCase() === plain);
      }
      if (fits.length) return fits;
    }
    return [];
  }

  /** One owner reference as the contract shows it: a person (maybe unresolved) or a group. */
  owner(raw: string): ActionOwner | null {
    // "the Chair" stays as written: the contract keeps an owner's words.
    const as = raw.replace(/^[\s,;:]+|[\s,;:.]+$/g, '').replace(/\s+who\b.*$/i, '');
    if (!as || as.length > 80) return null;
    // "GO (Grace Obuya)": the minutes say who the initials stand for.
    const named = /^(.+?)\s*\(([^()]+)\)$/.exec(as);
    if (named && looksLikePersonName(named[2]!)) return { as: named[1]!, person: named[2]!, candidates: [named[2]!] };
    // "ALL", "MEMBERS": a body written in capitals is not someone's initials.
    if (/^(?:all|everyone|everybody|members|chairs|partners|agencies)$/i.test(as)) return { as, group: as };
    const found = this.candidates(as);
    if (found.length === 1) return { as, person: found[0]!, candidates: found };
    if (found.length > 1) return { as, person: null, candidates: found };
    if (looksLikeInitials(as) && !this.orgWords.has(as) && !isKnownBody(as)) return { as, person: null, candidates: [] };
    if (looksLikePersonName(as)) return { as, person: as, candidates: [as] };
    return { as, group: as };
  }

  /** Owners written as "GO and NS", "KH/ VS", "RO & DK", "Hannah Prowse/Rajesh Bhatt". */
  owners(raw: string): ActionOwner[] {
    const out: ActionOwner[] = [];
    for (const part of splitOwners(raw)) {
      const o = this.owner(part);
      if (o && !out.some((x) => x.as === o.as)) out.push(o);
    }
    return out;
  }

  /** Whether a phrase reads as who does something, rather than as the start of a task. */
  isOwnerPhrase(raw: string): boolean {
    const parts = splitOwners(raw.replace(/\s+who\b.*$/i, ''));
    return parts.length > 0 && parts.every((p) => this.isOwnerRef(p));
  }

  private isOwnerRef(p: string): boolean {
    const s = p.replace(/^the\s+(?=[A-Z])/i, '');
    if (this.candidates(s).length) return true;
    if (looksLikeInitials(s) || looksLikePersonName(s)) return true;
    return isGroupPhrase(s);
  }
}

// Bodies and posts known by their letters ("DSL", "LADO"), when no one named fits them as initials.
const KNOWN_BODIES = /^(?:CCG|ICB|LA|LSCB|LSCP|MASH|CAMHS|CSC|PCT|NHS|MPS|CPS|DfE|YOS|YOT|CRC|NPS|GP|GPs|SCR|QA|PQA|ICS|HR|DSLs?|DDSLs?|LADO|ADM|SENCOs?|SENCos?|DCS|DASS|DPH|IROs?|SPOC|SPoC|SLT|CSP|SCP|SAB|VRU)$/;
const isKnownBody = (s: string): boolean => KNOWN_BODIES.test(s);

const COLLECTIVE =
  /\b(?:members|partners|agencies|chairs|colleagues|boroughs|representatives|leads|managers|officers|board|group|sub-?groups?|panel|team|teams|services|all|everyone|lscbs|councils|schools|organisations|secretariat|authorities)\b/i;

const PLURAL_PEOPLE =
  /^(?:members|partners|agencies|chairs|colleagues|representatives|leads|managers|officers|nurses|doctors|professionals|practitioners|providers|commissioners|services|teams|schools|boroughs|organisations|authorities|staff)$/i;

const AGENCY = /^(?:police|health|education|probation|housing|schools|council|nhs|icb|camhs|cafcass|fire|ambulance|courts|hospitals)$/i;

// "Partnership team", "Fostering service": a body named by what it is.
const BODY_NOUN = /^(?:team|service|board|panel|group|sub-?group|secretariat|partnership|unit|office|network|forum|committee)$/i;

/** "All members", "Chairs", "Business Manager", "CCG", "Any Chairs". */
export function isGroupPhrase(s: string): boolean {
  if (s.length > 60 || /\d/.test(s)) return false;
  if (/^(?:all|any|each|every)\s+\S/i.test(s)) return s.split(/\s+/).length <= 5;
  // "Action (all):" in lower case, as a marker is written.
  if (/^(?:all|everyone|everybody)$/i.test(s)) return true;
  if (isKnownBody(s)) return true;
  const words = s.split(/\s+/);
  // "Head of Safeguarding and Quality Assurance": a post's name may run to a few words.
  if (words.length > 8) return false;
  // "Health partners", "Named nurses": a capitalised word or two before a plural for people.
  if (words.length <= 4 && /^[A-Z]/.test(s) && (PLURAL_PEOPLE.test(words[words.length - 1]!) || (words.length > 1 && BODY_NOUN.test(words[words.length - 1]!)))) return true;
  const capitalised = words.every((w) => /^[A-Z(&]/.test(w) || /^(?:of|and|for|the|in|&)$/.test(w));
  return capitalised && (isRoleLike(s) || isOrgLike(s) || COLLECTIVE.test(s) || /^[A-Z]{2,6}s?$/.test(s));
}

/** Splits an owner list on and, /, &, + and commas. */
export function splitOwners(raw: string): string[] {
  // Separators inside brackets ("SGe (Sarah Gerrard)") are not between owners.
  const parts = raw
    .split(/\s*(,|\/|&|\+|;|\band\b)\s*(?![^()]*\))/)
    .map((s) => s.trim());
  const out: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const part = parts[i]!;
    const prev = out[out.length - 1];
    // "Head of Safeguarding and Quality Assurance": "and" inside a post's name joins its subjects.
    const joinsName = prev !== undefined && /^(?:and|&)$/.test(parts[i - 1]!) && /^\p{Lu}/u.test(part) && !looksLikeInitials(part) && !looksLikePersonName(part) && !/^(?:the|all|each)\b/i.test(part);
    // …and "Learning and Review team": one body whose name holds "and".
    // ("Police and Children’s Services" are two agencies.)
    const bodyName = /^\p{Lu}\p{Ll}+$/u.test(prev ?? '') && !AGENCY.test(prev!) && (BODY_NOUN.test(part.split(/\s+/).pop()!) || PLURAL_PEOPLE.test(part.split(/\s+/).pop()!)) && part.includes(' ');
    if (joinsName && (/\b(?:of|for)\s+\p{Lu}[\p{L}’'-]*$/u.test(prev!) || bodyName))
      out[out.length - 1] = `${prev} ${parts[i - 1]} ${part}`;
    else if (part !== '') out.push(part);
  }
  return out;
}

/** Full names written in the text ("Derek Ashworth had been called …"), for initials nobody listed. */
export function mentionedNames(text: string): string[] {
  const names = new Set<string>();
  const re = /(?<!\p{L})\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? \p{Lu}\p{Ll}?\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?!\p{L})/gu;
  for (const m of text.slice(0, 500_000).matchAll(re)) if (looksLikePersonName(m[0]) && !STOP_FIRST.test(m[0])) names.add(m[0]);
  return [...names];
}
const STOP_FIRST =
  /^(?:The|This|That|These|Those|Any|All|Each|Every|Members|Action|Actions|Minutes|Item|Quarter|Child|Children|Working|Private|Section|Serious|Early|Local|Safeguarding|Apologies|Date|Dates|Next|Matters|Notes|Welcome|Performance|Budget|Draft|Multi|Designated|Named|Lead|Chair|Vice|Director|Head|Director|Mr|Mrs|Ms|Dr|Cllr|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Great|North|South|East|West|New|Royal|St)\b/;
