import { expect, it } from 'vitest';
import { checkMinutes } from '../../../shared/style-check/check-minutes';
import { meetingInput, person, testWordBook } from './meeting-builder';

/*
 * Minutes of another kind of committee (a district council's planning committee: public speakers, a vote, an
 * exempt item, planning references) written to the house style: the check finds nothing in them.
 */
it('finds nothing in a planning committee’s minutes written to the house style', () => {
  const roster = [
    person('p-smith', 'Cllr', 'J', 'Smith', { office: 'chair' }),
    person('p-brown', 'Cllr', 'A', 'Brown'),
    person('p-patel', 'Cllr', 'R', 'Patel'),
    person('p-green', 'Cllr', 'S', 'Green'),
    person('p-okoye', 'Ms', 'R', 'Okoye', { kind: 'officer', role: 'Head of Planning' }),
    person('p-hughes', 'Mr', 'T', 'Hughes', { kind: 'officer', role: 'Legal Adviser' }),
    person('p-davies', 'Cllr', 'M', 'Davies'),
    // Public speakers, added on the day as visitors.
    person('p-fletcher', 'Mr', 'D', 'Fletcher', { kind: 'visitor' }),
    person('p-wright', 'Mrs', 'K', 'Wright', { kind: 'visitor' }),
  ];
  const input = meetingInput({
    roster,
    attendance: { 'p-smith': 'present', 'p-brown': 'present', 'p-patel': 'present', 'p-green': 'present', 'p-okoye': 'in-attendance', 'p-hughes': 'in-attendance', 'p-davies': 'apologies' },
    councilName: 'Northbury District Council',
    minutes: [
      { title: 'Apologies and Substitutes', blocks: ['Apologies were received from Councillor Davies; Councillor Green attended as her substitute.'] },
      { title: 'Declarations of Interest', blocks: ['Councillor Brown declared a personal interest in item 6 as a member of Eastfield Parish Council and took no part in the debate on that item.'] },
      { title: 'Minutes', blocks: [{ resolution: 'that the minutes of the meeting held on 12 March 2024 be approved as a correct record and signed by the Chairman.' }] },
      { title: 'Land at Mill Lane, Eastfield (23/01456/FUL)', blocks: [
        'The Head of Planning (Ms Okoye) presented the report (23/01456/FUL), which set out an application for 45 dwellings with associated access and open space. She explained that the site lay outside the settlement boundary but that the Council could not demonstrate a five-year supply of housing land, so the tilted balance in paragraph 11(d) of the National Planning Policy Framework (NPPF) applied.',
        'Mr D Fletcher (objector) and Mrs K Wright (agent for the applicant) addressed the Committee. Mr Fletcher said that the development was ‘out of keeping with the village’ and that the junction with the A38 was already dangerous.',
        'In response to questions from Members, Ms Okoye confirmed that:',
        { numbered: [
          'Kent County Council as highway authority had raised no objection, subject to conditions;',
          'the scheme would deliver 30% affordable housing in line with Policy H2 of the Local Plan; and',
          'contributions towards primary education and healthcare would be secured through a Section 106 agreement, with the Community Infrastructure Levy (CIL) charged in addition.',
        ] },
        'Mr Hughes advised that Members should determine the application on its planning merits and that the weight to be given to the emerging Neighbourhood Plan was a matter for the Committee.',
        'Councillor Patel said that the village had already taken more than its share of new housing and that the CIL receipts would not address the pressure on the local surgery. Councillor Brown felt that the need for affordable homes outweighed the harm.',
        'It was proposed by Councillor Patel and seconded by Councillor Green that the application be refused on the grounds that the harm to the character of the area significantly and demonstrably outweighed the benefits. On being put to the vote the motion was lost (For 3, Against 6, Abstain 1).',
        'It was then proposed by Councillor Brown and seconded by Councillor Smith that the application be approved in accordance with the officer recommendation. On being put to the vote the motion was carried (For 6, Against 3, Abstain 1).',
        { resolution: 'that planning permission be granted subject to the conditions set out in the report and the completion of a Section 106 agreement.' },
      ] },
      { title: 'Planning Appeals Update', blocks: [
        'The Committee received a report on appeal decisions since the last meeting. Two appeals had been dismissed and one allowed; the Inspector had not accepted the Council’s evidence on the five-year housing land supply in the Orchard Close case.',
        'Members asked whether the Council would seek to recover its costs. Mr Hughes replied that an application for costs had not been made, as there was no evidence of unreasonable behaviour by the appellant.',
        'The appeal decisions are available on the Council’s website, and the Inspector’s letters are appended to these minutes.',
        { resolution: 'that the report be noted.' },
      ] },
      { title: 'Exclusion of the Press and Public', blocks: [{ resolution: 'that under Section 100A(4) of the Local Government Act 1972 the press and public be excluded from the meeting for the following item of business on the grounds that it involved the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Act.' }] },
      { title: 'Enforcement Matters', blocks: [
        'The Planning Enforcement Manager gave an update on the cases listed in the exempt report. The Chairman thanked the team for their work on the long-running case at Hill Farm, where a compliance visit on 2 April had found that the unauthorised structures had been removed.',
        { resolution: 'that the update be noted and that the case at Hill Farm be closed.' },
      ] },
      { title: 'Date of Next Meeting', blocks: ['The next meeting would be held on Tuesday, 9 July 2024 at 6.30 pm in the Council Chamber.'] },
    ],
  });
  const result = checkMinutes(input, { words: testWordBook() });
  expect(result.wordCount).toBeGreaterThan(600);
  expect(result.findings.map((f) => `${f.rule}: ${f.text}`)).toEqual([]);
});
