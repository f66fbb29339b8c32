import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAgendaPaste, type PastedAgendaItem } from '../../../shared/domain/agenda-paste';

const paste = (name: string) => readFileSync(new URL(`../../fixtures/agenda-pastes/${name}`, import.meta.url), 'utf8');
const open = (code: string, title: string): PastedAgendaItem => ({ code, title, part: 'unrestricted' });
const exempt = (code: string, title: string): PastedAgendaItem => ({ code, title, part: 'exempt' });

describe('parseAgendaPaste on whole pastes', () => {
  it('finds the 15 items of the 17 July 2019 minutes page (seed 000) and none of its minutes text', () => {
    expect(parseAgendaPaste(paste('modern-gov-minutes-page-2019.txt'))).toEqual([
      open('', 'Notes of meeting held on 20 March 2019'),
      open('', 'Kent Community Safety Agreement Update'),
      open('', 'Kent Community Safety Partnership Working Group Update'),
      open('', 'Kent and Medway Domestic Abuse Strategy Update'),
      open('', 'KCSP and Subgroups Terms of Reference review'),
      open('', 'Mental Health Update'),
      open('', 'Commissioned Domestic Abuse Services Update'),
      open('', 'New Partnership Arrangements for Safeguarding Children'),
      open('', 'Date of meetings in 2019/20'),
      open('', 'Any Other Business'),
      open('', 'Domestic Homicide Reviews (DHRs) - Update'),
      open('', 'PREVENT Duty Delivery Board Update'),
      open('', 'Kent and Medway Risk, Threats and Vulnerabilities Group Update'),
      open('', 'Domestic Homicide Review Briefing on Rosemary/2017'),
      open('', 'Domestic Homicide Review Briefing on Emily/2017'),
    ]);
  });

  it('reads a modern.gov agenda page with codes, report links, descriptions and an empty EXEMPT ITEMS section', () => {
    expect(parseAgendaPaste(paste('modern-gov-agenda-page-2023.txt'))).toEqual([
      open('A1', 'Introduction/Apologies'),
      open('A2', 'Declarations of interest by Members in items on the agenda for this meeting'),
      open('A3', 'Substitutes'),
      open('A4', 'Notes of the meeting held on 17 November 2022'),
      open('B1', 'Kent Community Safety Agreement Review and Refresh Update'),
      open('B2', 'Kent Community Safety Partnership Working Group Update'),
      open('B3', 'Multiagency Risk Assessment Conference (MARAC) Review Update'),
      open('B4', 'Crimestoppers Update'),
      open('B5', 'Neighbourhood Policing Review Update'),
      open('C1', 'Date of next meeting'),
      open('D1', 'Domestic Homicide Review Update'),
      open('D2', 'Kent and Medway PREVENT Duty Delivery Board Update'),
      open('D3', 'Kent and Medway Joint Exploitation Group Update'),
    ]);
  });

  it('reads a modern.gov page pasted one table cell per line, skipping the text under each "Minutes:"', () => {
    expect(parseAgendaPaste(paste('modern-gov-cells-one-per-line-2015.txt'))).toEqual([
      open('A1', 'Introduction/Apologies'),
      open('A2', 'Declarations of Interest by Members in items on the agenda for this meeting'),
      open('A3', 'Notes of the meeting held on 19 March 2015'),
      open('B1', 'Community Safety Conference 2015 - Verbal Update'),
      open('B2', 'Kent Community Safety Agreement: Performance Update'),
      open('', 'Mental Health Update'),
      open('C1', 'Date of next meeting'),
      exempt('E1', 'Domestic Homicide Review: case briefing'),
    ]);
  });

  it('reads a Word agenda numbered 1., 2. … with a Part 2, dropping its front matter but keeping doubtful lines at the foot', () => {
    expect(parseAgendaPaste(paste('word-agenda-part-2.txt'))).toEqual([
      open('', 'Introduction/Apologies'),
      open('', 'Declarations of Interest by Members in items on the agenda for this meeting'),
      open('', 'Notes of the meeting held on 19 March 2015'),
      open('', 'Kent Community Safety Agreement: Performance Update'),
      open('', 'Community Safety Conference 2015'),
      open('', 'Prevent Steering Board activity'),
      open('', 'Date of next meeting'),
      open('', 'Exclusion of the press and public'),
      exempt('', 'Domestic Homicide Review: case briefing'),
      exempt('', 'Community Warden contract award'),
      // The signature block: not items, but we cannot be sure, and the officer deletes them in a second.
      exempt('', 'John Lynch'),
      exempt('', 'Head of Democratic Services'),
    ]);
  });

  it('copes with CRLF, non-breaking spaces, tabs, bullets, mixed prefixes and a title wrapped over two lines', () => {
    expect(parseAgendaPaste(paste('messy-bullets-and-tabs.txt'))).toEqual([
      open('A1', 'Introduction / Apologies'),
      open('A2', 'Declarations of Interest'),
      open('A3', 'Notes of the meeting held on 17 November 2022'),
      open('B1', 'Kent Community Safety Agreement Review and refresh update'),
      open('B2', 'Working Group Update'),
      open('B3', 'MARAC Review Update'),
      open('', 'Crimestoppers Update'),
      open('', 'Any other business'),
      exempt('E1', 'Contract for domestic abuse services'),
    ]);
  });
});

describe('parseAgendaPaste line by line', () => {
  it('returns nothing for an empty or blank paste', () => {
    expect(parseAgendaPaste('')).toEqual([]);
    expect(parseAgendaPaste(' \n\t\n')).toEqual([]);
  });

  it('reads the prefixes officers paste', () => {
    expect(
      parseAgendaPaste(
        [
          '1. Introduction/Apologies',
          'A1 Introduction',
          'B1 Kent Community Safety Agreement Review and Refresh Update',
          'Item B1: Community Safety Integration Project',
          '4.  Notes of the meeting held on 17 November 2022 (Pages 1 - 6)',
          'A3\tMinutes of the meeting held on 8 October 2014\t5 - 12',
          '12) Any other business',
          'Kent Community Safety Agreement Update PDF 225 KB',
        ].join('\n'),
      ),
    ).toEqual([
      open('', 'Introduction/Apologies'),
      open('A1', 'Introduction'),
      open('B1', 'Kent Community Safety Agreement Review and Refresh Update'),
      open('B1', 'Community Safety Integration Project'),
      open('', 'Notes of the meeting held on 17 November 2022'),
      open('A3', 'Minutes of the meeting held on 8 October 2014'),
      open('', 'Any other business'),
      open('', 'Kent Community Safety Agreement Update'),
    ]);
  });

  it('makes everything after an exclusion item exempt, but not the exclusion item itself', () => {
    expect(parseAgendaPaste('C1 Date of next meeting\nC2 Motion to exclude the press and public: That under Section 100A of the Local Government Act 1972 the public be excluded\nD1 Contract award')).toEqual([
      open('C1', 'Date of next meeting'),
      open('C2', 'Motion to exclude the press and public'),
      exempt('D1', 'Contract award'),
    ]);
  });

  it('switches part on headings and drops the headings themselves', () => {
    expect(
      parseAgendaPaste(
        ['UNRESTRICTED ITEMS', '(During these items the meeting is likely to be open to the public)', 'B. MATTERS FOR DECISION', 'B1 Budget', 'PART II', 'B2 Tender', 'EXEMPT ITEMS (During these items the meeting is likely NOT to be open to the public)', 'B3 Property'].join('\n'),
      ),
    ).toEqual([open('B1', 'Budget'), exempt('B2', 'Tender'), exempt('B3', 'Property')]);
    expect(parseAgendaPaste('Part 2\n1. Contract award\nPart 1\n2. Date of next meeting')).toEqual([exempt('', 'Contract award'), open('', 'Date of next meeting')]);
  });

  it('keeps a short doubtful line rather than lose an item', () => {
    expect(parseAgendaPaste('A1 Introduction\nTo receive apologies\nAgreed without a vote.')).toEqual([
      open('A1', 'Introduction'),
      open('', 'To receive apologies'),
      open('', 'Agreed without a vote'),
    ]);
  });

  it('drops minutes text: decisions, sub-points, long numbered paragraphs and lines ending in a colon', () => {
    expect(
      parseAgendaPaste(
        [
          'Mental Health Update',
          '1.    Mr Harper (Chief Executive, Office of the Police and Crime Commissioner) provided an update to members on Section 136 detentions.',
          '2.    Officers responded to comments and questions as follows:',
          '(a)  Mr Peerbux agreed to review the logo.',
          '3.    RESOLVED that the verbal update be noted.',
          'Any Other Business',
        ].join('\n'),
      ),
    ).toEqual([open('', 'Mental Health Update'), open('', 'Any Other Business')]);
  });
});

describe('parseAgendaPaste keeps coded items above a part heading', () => {
  it('keeps B1 when the paste goes straight on to an EXEMPT ITEMS heading', () => {
    expect(parseAgendaPaste('B1 Community Safety Integration Project\nEXEMPT ITEMS\nE1 Domestic Homicide Review: case details')).toEqual([
      { code: 'B1', title: 'Community Safety Integration Project', part: 'unrestricted' },
      { code: 'E1', title: 'Domestic Homicide Review: case details', part: 'exempt' },
    ]);
  });
});
