import { describe, expect, it } from 'vitest';
import type { MeetingExportInput } from '../../../shared/export/export-options';
import { checkMinutes } from '../../../shared/style-check/check-minutes';
import type { StyleFinding, StyleRule } from '../../../shared/style-check/findings';
import { meetingInput, oneMinute, person, testWordBook } from './meeting-builder';

/*
 * Each rule of the house-style check on a minute that breaks it (found, with the right words, place and fix) and
 * on one that keeps to the house style or falls under an exception (nothing found).
 */

const NOTED = { resolution: 'that the report be noted.' };

function findings(input: MeetingExportInput, rule?: StyleRule): StyleFinding[] {
  const all = checkMinutes(input, { words: testWordBook() }).findings;
  return rule ? all.filter((finding) => finding.rule === rule) : all;
}

describe('first person', () => {
  it('finds "we", "our", "I" and "us" in the narrative', () => {
    const input = oneMinute(['The Chairman said that we had agreed our priorities and I would write to us all.', NOTED]);
    const found = findings(input, 'first-person');
    expect(found.map((f) => f.text)).toEqual(['we', 'our', 'I', 'us']);
    expect(found[0]).toMatchObject({ place: { kind: 'paragraph', paragraphIndex: 0, start: 23, end: 25 }, fix: null });
    expect(found[0]!.message).toContain('third person');
  });

  it('leaves quotations, titles, Roman numerals and abbreviations alone', () => {
    const input = oneMinute(
      [
        'Mr Patel quoted the leaflet: “we are here for you”, and the ‘Our Kent’ plan was mentioned.',
        'The Our Kent Strategy and Part I of the report were noted, as were the US figures; see Schedule I.',
        [{ italic: 'We Are Anyshire' }, ' was the title of the campaign.'],
        { quote: 'We will not stand still.' },
        'Cllr I Brown and Mr P I Jones attended for Item I.',
        NOTED,
      ],
      { roster: [person('p-patel', 'Mr', 'R', 'Patel'), person('p-brown', 'Cllr', 'I', 'Brown'), person('p-jones', 'Mr', 'P I', 'Jones')] },
    );
    expect(findings(input, 'first-person')).toEqual([]);
  });
});

describe('tense', () => {
  it('finds present and future auxiliaries in reported speech, with the past as the fix', () => {
    const input = oneMinute(['Mr Adams said that the team will be in place by May and that the budget is going to be cut. Members have asked for more.', NOTED]);
    const found = findings(input, 'tense');
    expect(found.map((f) => f.text)).toEqual(['will', 'is going to', 'have']);
    expect(found.map((f) => f.fix?.kind === 'replace' && f.fix.text)).toEqual(['would', 'was going to', 'had']);
    const [will] = found;
    expect(will!.fix).toEqual({ kind: 'replace', start: 28, end: 32, text: 'would', label: 'Replace “will” with “would”' });
  });

  it('reports a modal once, not the verb it governs', () => {
    const input = oneMinute(['The managers were replaced by team leaders who will also have operational duties and can still do so.', NOTED]);
    expect(findings(input, 'tense').map((f) => f.text)).toEqual(['will', 'can']);
  });

  it('leaves decisions, purpose clauses, requests, modal "have", the noun "will" and pointers to documents alone', () => {
    const input = oneMinute([
      'Officers explained that work continued to ensure that mistakes are not repeated.',
      'Members requested that an update is provided and said they would have liked the political will of partners to be clearer.',
      'The full report can be found on the council’s website, and the slides are appended to these minutes.',
      'The meeting began at 10.00 am; Members were asked to review the policy and have regard to the guidance, but didn’t have time to visit the site with a can of paint.',
      { numbered: ['RESOLVED that the Committee agree:', 'RESOLVED that:'] },
      { resolution: 'that the minutes of the meeting held on 3 May are a correct record and that they be signed by the Chairman.' },
      { resolution: 'that:' },
      { numbered: ['the report is noted; and', 'an update will be brought to the next meeting.'] },
    ]);
    expect(findings(input, 'tense')).toEqual([]);
  });
});

describe('contractions', () => {
  it('finds contractions and spells them out', () => {
    const input = oneMinute(['Mr Adams said it’s too early and the scheme won’t start; they’d hoped otherwise and didn’t agree.', NOTED]);
    const found = findings(input, 'contraction');
    expect(found.map((f) => f.text)).toEqual(['it’s', 'won’t', 'they’d', 'didn’t']);
    expect(found.map((f) => (f.fix?.kind === 'replace' ? f.fix.text : null))).toEqual(['it is', 'will not', null, 'did not']);
  });

  it('leaves possessives and quoted speech alone', () => {
    const input = oneMinute(['The Council’s plan and Mr Parris’ report were welcomed; a resident’s letter said “don’t close the library”.', NOTED]);
    expect(findings(input, 'contraction')).toEqual([]);
  });
});

describe('names', () => {
  const roster = [
    person('p-annan', 'Ms', 'S', 'Annan-Vetch', { kind: 'officer' }),
    person('p-wickens', 'Mr', 'D', 'Wickens'),
    person('p-hill', 'Mr', 'P M', 'Hill'),
    person('p-green', 'Mr', 'T', 'Green'),
  ];

  it('finds a name spelt otherwise than on the roster, and offers the roster’s spelling', () => {
    const input = oneMinute(['Ms Annan-Veitch presented the report and Wickins asked about the costs.', NOTED], { roster });
    const found = findings(input, 'name');
    expect(found.map((f) => f.text)).toEqual(['Annan-Veitch', 'Wickins']);
    expect(found[0]!.fix).toMatchObject({ kind: 'replace', start: 3, end: 15, text: 'Annan-Vetch' });
    expect(found[1]!.message).toContain('“Wickens”');
  });

  it('finds a misspelt name after two titles', () => {
    const input = oneMinute(['Cllr Mrs J Grene seconded the motion.', NOTED], { roster });
    expect(findings(input, 'name')).toMatchObject([{ text: 'Grene', fix: { kind: 'replace', text: 'Green' } }]);
  });

  it('finds a titled name not on the roster, and two spellings of it', () => {
    const input = oneMinute(['DS Burns and Mr Okafor gave a presentation; Mr Okafer answered questions.', NOTED], { roster });
    const found = findings(input, 'name');
    expect(found.map((f) => f.text)).toEqual(['Burns', 'Okafor', 'Okafer']);
    expect(found[1]!.message).toContain('also spelt “Okafer”');
  });

  it('finds one person entered twice in the attendance', () => {
    const input = oneMinute([NOTED], { roster: [...roster, person('p-conner', 'Ms', 'L', 'Conner'), person('p-connor', 'Ms', 'L', 'Connor')] });
    expect(findings(input, 'name')).toMatchObject([{ place: { kind: 'attendance', personIds: ['p-conner', 'p-connor'] }, text: 'Ms L Conner / Ms L Connor' }]);
  });

  it('accepts roster names, mentions, ordinary words, offices and places named after people', () => {
    const input = oneMinute(
      [
        [{ mention: 'p-annan' }, ' introduced the report. Mr Hill and Mr Wickens spoke; Mr Chairman thanked them.'],
        'The Hall was booked and the Sir Robert Peel Community Hospital was discussed; Mr P M Hill’s letter was read.',
        'The Planning Inspector Mr Wickens had written; Greene King had applied.',
        NOTED,
      ],
      { roster },
    );
    expect(findings(input, 'name')).toEqual([]);
  });
});

describe('abbreviations', () => {
  it('finds an abbreviation used before it is spelt out, and offers the later spelling out when it fits', () => {
    const input = meetingInput({
      minutes: [
        { title: 'Care Quality', blocks: ['The CQC inspection and the ICB budget were discussed.', NOTED] },
        { title: 'Inspections', blocks: ['The Care Quality Commission (CQC) had visited.', NOTED] },
      ],
    });
    const found = findings(input, 'abbreviation');
    expect(found.map((f) => f.text)).toEqual(['CQC', 'ICB']);
    expect(found[0]!.fix).toMatchObject({ kind: 'replace', start: 4, end: 7, text: 'Care Quality Commission (CQC)' });
    expect(found[1]!.fix).toBeNull();
    expect(found[1]!.key).toBe(checkMinutes(input, { words: testWordBook() }).findings.find((f) => f.text === 'ICB')!.key);
  });

  it('accepts spelt-out first uses, plurals, the council’s initials, known abbreviations and words in capitals', () => {
    const input = meetingInput({
      councilName: 'Anyshire County Council',
      houseStyle: { knownAbbreviations: 'ICB, SEND' },
      minutes: [
        {
          title: 'Integrated Care Board (ICB) Update',
          blocks: [
            'The Care Quality Commission (CQC) and SECamb (South East Coast Ambulance Service) reported to ACC on the NHS and GPs.',
            'Two CQC reports, the ICB’s plan, SEND provision and the PREVENT programme were noted; road ‘killed or seriously injured’ (KSI) figures rose.',
            'Child Sexual Exploitation was discussed. CSE remained a priority under Part II of the plan and section S136.',
            'The motion was LOST. Application 23/01456/FUL was NOT determined.',
            NOTED,
          ],
        },
      ],
    });
    expect(findings(input, 'abbreviation')).toEqual([]);
  });
});

describe('resolutions', () => {
  it('finds a minute without a decision and RESOLVED in the middle of a paragraph', () => {
    const input = meetingInput({
      minutes: [
        { title: 'Budget Monitoring', blocks: ['Mr Hill introduced the report.'] },
        { title: 'Housing Strategy', blocks: ['Members discussed the draft. RESOLVED that the strategy be approved.'] },
        { title: 'Waste Contract', blocks: [] },
      ],
    });
    const found = findings(input, 'resolution');
    expect(found.map((f) => [f.place.kind, f.text])).toEqual([
      ['minute', 'Budget Monitoring'],
      ['paragraph', 'RESOLVED'],
      ['minute', 'Waste Contract'],
    ]);
    expect(found[1]!.fix).toEqual({ kind: 'new-paragraph', at: 28, dropUntil: 29, label: 'Start a new paragraph at “RESOLVED”' });
    expect(found[2]!.message).toContain('empty');
  });

  it('accepts decisions however they are typed (RESOLVED, Resolved, AGREED, RECOMMENDED), and procedural items without one', () => {
    const input = meetingInput({
      minutes: [
        { title: 'Apologies for Absence', blocks: ['Apologies were received from Mr Hill.'] },
        { title: 'Declarations of Interest', blocks: ['There were no declarations of interest.'] },
        { title: 'Date of next meeting', blocks: ['The next meeting would be held on 3 July.'] },
        { title: 'Any Other Business', blocks: [] },
        { title: 'Budget', blocks: ['Resolved that the budget be approved.'] },
        { title: 'Libraries', blocks: [{ numbered: ['The report was presented.', 'RESOLVED that the report be noted.'] }] },
        { title: 'Parks', blocks: ['Members noted the ‘RESOLVED items’ list.', { resolution: 'that the report be noted.' }] },
        { title: 'Highways', blocks: ['The scheme was presented.', 'AGREED that officers will report back in June.'] },
        { title: 'Fees and Charges', blocks: ['RECOMMENDED to Cabinet that the charges are increased by 3%.'] },
      ],
    });
    expect(findings(input, 'resolution')).toEqual([]);
    // A decision keeps its own present tense, whichever word opens it.
    expect(findings(input, 'tense')).toEqual([]);
  });
});

describe('blanks', () => {
  it('finds template blanks never typed over and typed placeholders', () => {
    const input = oneMinute([['Mr Hill introduced the report that ', { blank: 'summary' }, '.'], 'The next meeting would be held on [date] at ____.', NOTED]);
    const found = findings(input, 'blank');
    expect(found.map((f) => f.text)).toEqual(['summary', '[date]', '____']);
    expect(found[0]).toMatchObject({ place: { start: 35, end: 42 }, message: 'A blank is still to be filled: “summary”.' });
  });

  it('leaves filled blanks and ordinary brackets alone', () => {
    const input = oneMinute(
      [
        ['Mr Hill introduced the report that ', { blank: 'summary', filled: 'set out the budget' }, '.'],
        'The figures [see appendix A] were noted (2024/25) and the item was deferred.',
        NOTED,
      ],
    );
    expect(findings(input, 'blank')).toEqual([]);
  });
});
