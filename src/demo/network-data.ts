import type { Role } from '../platform/auth/schema.ts';
import type { GroupKind, MembershipRole, OrganisationKind } from '../modules/network/schema.ts';

// Fictional people: any likeness to real officers is accidental. Emails use the reserved
// .invalid domain so no demo email can ever reach a real inbox.
const mail = (name: string) => `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@demo.safeguarding-hub.invalid`;

export const demoOrganisations: { name: string; kind: OrganisationKind; board?: string }[] = [
  { name: 'London Safeguarding Children Partnership team', kind: 'network' },
  { name: 'Camden Council', kind: 'local-authority', board: 'camden' },
  { name: 'Hackney Council', kind: 'local-authority', board: 'city-and-hackney' },
  { name: 'Waltham Forest Council', kind: 'local-authority', board: 'waltham-forest' },
  { name: 'Croydon Council', kind: 'local-authority', board: 'croydon' },
  { name: 'Metropolitan Police Service', kind: 'police' },
  { name: 'NHS North Central London ICB', kind: 'health' },
  { name: 'London Probation Service', kind: 'probation' },
  { name: 'Cafcass', kind: 'cafcass' },
  { name: 'Barnardo’s London', kind: 'voluntary' },
];

export interface DemoPerson {
  name: string;
  email: string;
  jobTitle: string;
  organisation: string;
  board?: string;
  account?: Role;
}

const person = (name: string, jobTitle: string, organisation: string, board?: string, account?: Role): DemoPerson => ({
  name,
  email: mail(name),
  jobTitle,
  organisation,
  board,
  account,
});

export const demoPeople: DemoPerson[] = [
  { ...person('Morgan Reed', 'Network coordinator', 'London Safeguarding Children Partnership team', undefined, 'network-coordinator'), email: 'coordinator@demo.safeguarding-hub.invalid' },
  { ...person('Alex Admin', 'Systems administrator', 'London Safeguarding Children Partnership team', undefined, 'network-admin'), email: 'admin@demo.safeguarding-hub.invalid' },
  person('Priya Shah', 'Data and performance lead', 'London Safeguarding Children Partnership team', undefined, 'network-coordinator'),
  person('Daniel Okafor', 'Independent chair', 'Camden Council', 'camden', 'board-member'),
  { ...person('Hannah Clarke', 'Board business manager', 'Camden Council', 'camden', 'board-manager'), email: 'manager@demo.safeguarding-hub.invalid' },
  person('Tomasz Nowak', 'Board business manager', 'Hackney Council', 'city-and-hackney', 'board-manager'),
  person('Grace Mensah', 'Independent chair', 'Hackney Council', 'city-and-hackney', 'board-member'),
  person('Ruth Adeyemi', 'Board business manager', 'Waltham Forest Council', 'waltham-forest', 'board-manager'),
  person('Ian Fletcher', 'Independent chair', 'Waltham Forest Council', 'waltham-forest'),
  person('Sofia Marques', 'Board business manager', 'Croydon Council', 'croydon', 'board-manager'),
  person('Detective Superintendent Kay Brennan', 'Head of safeguarding', 'Metropolitan Police Service'),
  person('Dr Nadia Karim', 'Designated doctor for safeguarding', 'NHS North Central London ICB'),
  person('Owen Price', 'Head of public protection', 'London Probation Service'),
  person('Leah Goldberg', 'Service manager', 'Cafcass'),
  person('Chris Doyle', 'Participation lead', 'Barnardo’s London', undefined, 'viewer'),
];

export const demoGroups: { name: string; kind: GroupKind; description: string; members: [string, MembershipRole][] }[] = [
  {
    name: 'London Chairs’ Network',
    kind: 'network',
    description: 'The independent chairs of London’s safeguarding children boards, meeting quarterly.',
    members: [
      ['Daniel Okafor', 'chair'],
      ['Grace Mensah', 'deputy'],
      ['Ian Fletcher', 'member'],
      ['Morgan Reed', 'note-taker'],
    ],
  },
  {
    name: 'Datasets Project Steering Group',
    kind: 'steering-group',
    description: 'Agrees the outcomes framework and the dataset every board returns.',
    members: [
      ['Ian Fletcher', 'chair'],
      ['Priya Shah', 'member'],
      ['Hannah Clarke', 'member'],
      ['Tomasz Nowak', 'member'],
      ['Ruth Adeyemi', 'member'],
      ['Dr Nadia Karim', 'member'],
      ['Morgan Reed', 'note-taker'],
    ],
  },
  {
    name: 'Business Managers’ Group',
    kind: 'sub-group',
    description: 'Board business managers sharing practice and planning returns.',
    members: [
      ['Hannah Clarke', 'chair'],
      ['Tomasz Nowak', 'member'],
      ['Ruth Adeyemi', 'member'],
      ['Sofia Marques', 'member'],
    ],
  },
];
