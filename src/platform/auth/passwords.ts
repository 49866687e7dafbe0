import { hash, verify } from '@node-rs/argon2';

// Algorithm.Argon2id; the package's enum is a const enum, which isolated modules cannot read.
const argon2id = 2;

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): strong, and fast enough on 2 cores.
const params = { algorithm: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, params);

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (!stored) {
    // Spend the same time as a real check so response times do not reveal which accounts exist.
    await hash(password, params);
    return false;
  }
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

export const minPasswordLength = 10;
export const maxPasswordLength = 256;

// The most used passwords from public breach lists; NCSC advises a deny-list over composition rules.
const denied = new Set(
  `password password1 password12 password123 password1234 passw0rd 123456789 1234567890 12345678910
  qwertyuiop qwerty1234 qwerty12345 1q2w3e4r5t 1qaz2wsx3edc iloveyou1 letmein123 welcome123 welcome1234
  football123 baseball123 sunshine123 princess123 abc1234567 aaaaaaaaaa 1111111111 0000000000
  administrator changeme123 trustno1234 monkey1234 dragon1234 safeguarding safeguarding1 london1234
  password2024 password2025 password2026 summer2025 winter2025 autumn2025 spring2026 `
    .split(/\s+/)
    .filter(Boolean),
);

/** NCSC guidance: a minimum length, a deny-list, no composition rules, long passphrases allowed. */
export function passwordProblem(password: string, context: { email?: string; name?: string } = {}): string | null {
  if (password.length < minPasswordLength) return `Password must be at least ${minPasswordLength} characters`;
  if (password.length > maxPasswordLength) return `Password must be ${maxPasswordLength} characters or fewer`;
  const lower = password.toLowerCase();
  if (denied.has(lower) || /^(.)\1+$/.test(password)) return 'Password is too common; try three random words';
  const local = context.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return 'Password must not contain your email address';
  return null;
}
