import { describe, it, expect } from 'vitest';
import { parseMinutesLines, parseMinutesText } from './parse.ts';
import { para, row } from './word-lines.ts';

/** Attendance as some minute-takers lay it out: speakers listed apart, two people to a table row, schools counted not named. */
describe('attendance', () => {
  it('reads "Facilitators and speakers" as people present, and keeps a person listed before "and 7 schools"', () => {
    const m = parseMinutesText(
      [
        'DSL Forum',
        'Date:\tWednesday 10 June 2026',
        '',
        'Facilitators and speakers',
        'Gemma Rowntree\tEducation Safeguarding Manager (Chair)',
        'DC Leanne Marsh\tSchools Liaison Officer, Kelmshire Police',
        '',
        'Apologies',
        'Marcus Fenn (LADO), Dr Ruth Iley (Named GP for Safeguarding) and 7 schools.',
        '',
        '1.\tWelcome',
        'Gemma welcomed everyone.',
      ].join('\n'),
    );
    expect(m.attendees.map((a) => a.name)).toEqual(['Gemma Rowntree', 'DC Leanne Marsh']);
    expect(m.apologies.map((a) => a.name)).toEqual(['Marcus Fenn', 'Dr Ruth Iley']);
  });

  it('reads a "Name | Role | Name | Role" table row by row, left then right', () => {
    const m = parseMinutesLines(
      [
        para('Health Safeguarding Children Group'),
        para('Date: Wednesday 15 July 2026'),
        para('Present'),
        row('Name', 'Role', 'Name', 'Role'),
        row('Dr Gillian Rook (Chair)', 'Designated Nurse', 'Dr Sanjay Iyer', 'Designated Doctor'),
        row('Hazel Prentice', 'Named Nurse', 'Dr Fiona Beck', 'Named GP'),
        row('Carol Fenby', 'Safeguarding Administrator (minutes)', '', ''),
        para('1. Welcome'),
        para('Hello.'),
      ],
      'group.docx',
    );
    expect(m.attendees.map((a) => [a.name, a.role])).toEqual([
      ['Dr Gillian Rook', 'Designated Nurse'],
      ['Dr Sanjay Iyer', 'Designated Doctor'],
      ['Hazel Prentice', 'Named Nurse'],
      ['Dr Fiona Beck', 'Named GP'],
      ['Carol Fenby', 'Safeguarding Administrator (minutes)'],
    ]);
  });

  it('reads a row "Apologies" inside an attendance table as heading the rows below it', () => {
    const m = parseMinutesLines(
      [para('Assurance Group'), para('Date: 24 February 2026'), row('Present', 'Designation', 'Organisation'), row('Rosemary Quint', 'Deputy Chief Nurse (Chair)', 'ICB'), row('Apologies', '', ''), row('Dr Frances Mould', 'Chief Nurse', 'ICB'), para('1. Welcome'), para('Hello.')],
      'group.docx',
    );
    expect([m.attendees.map((a) => a.name), m.apologies.map((a) => a.name), m.chair?.name]).toEqual([['Rosemary Quint'], ['Dr Frances Mould'], 'Rosemary Quint']);
  });

  it('reads a line-per-person list of "Name, Organisation" whole, @mentions as names, and apologies "received and accepted from"', () => {
    const m = parseMinutesText(
      [
        'Voluntary Sector Forum',
        'Date: 9 October 2025',
        '',
        'In attendance:',
        '@Sandra Obi, Elmscote Churches Together (Chair)',
        'Dave Kirkland, Elmscote Juniors FC',
        'Imogen Tate, Elmscote Foodbank',
        'Sophie Wu, Partnership Officer, Elmscote Safeguarding Children Partnership',
        '',
        '1. Welcome',
        'The Chair welcomed everyone. Apologies were received and accepted from Mrs Preeti Lal (Trust Safeguarding Lead) and Mr Stuart Penn (Parent Governor).',
      ].join('\n'),
    );
    expect(m.attendees.map((a) => [a.name, a.organisation])).toEqual([
      ['Sandra Obi', 'Elmscote Churches Together'],
      ['Dave Kirkland', 'Elmscote Juniors FC'],
      ['Imogen Tate', 'Elmscote Foodbank'],
      ['Sophie Wu', 'Elmscote Safeguarding Children Partnership'],
    ]);
    expect(m.apologies.map((a) => a.name)).toEqual(['Mrs Preeti Lal', 'Mr Stuart Penn']);
  });
});
