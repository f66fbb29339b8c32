import { describe, expect, it } from 'vitest';
import { exportFileName, meetingFileName } from '../../../shared/export/export-file-name';
import { COUNTY_HOUSE_STYLE, houseStyleOf, houseStyleOverrides } from '../../../shared/house-style/house-style';
import { SaveFileRequestSchema } from '../../../shared/ipc/contract';
import { MARCH_2015_HEADING } from '../../fixtures/meetings';

const acceptedByTheShell = (kind: 'docx' | 'meeting', name: string) =>
  SaveFileRequestSchema.safeParse({ kind, suggestedName: name, bytes: new Uint8Array([1]) }).success;

describe('file names of the copies', () => {
  it('names the one copy of a meeting without Part 2 business, marking drafts', () => {
    expect(exportFileName(MARCH_2015_HEADING, { version: 'full', draft: false }, false)).toBe('Kent Community Safety Partnership - 19 March 2015 - NOTES.docx');
    expect(exportFileName(MARCH_2015_HEADING, { version: 'full', draft: true }, false)).toBe('Kent Community Safety Partnership - 19 March 2015 - NOTES - DRAFT.docx');
  });

  it('tells the public and the confidential copies apart when there was exempt business', () => {
    expect(exportFileName(MARCH_2015_HEADING, { version: 'public', draft: false }, true)).toBe('Kent Community Safety Partnership - 19 March 2015 - NOTES - public.docx');
    expect(exportFileName(MARCH_2015_HEADING, { version: 'full', draft: true }, true)).toBe(
      'Kent Community Safety Partnership - 19 March 2015 - NOTES - full (confidential) - DRAFT.docx',
    );
  });

  it('gives names the shell accepts for their kind', () => {
    expect(acceptedByTheShell('docx', exportFileName(MARCH_2015_HEADING, { version: 'full', draft: true }, true))).toBe(true);
    expect(meetingFileName(MARCH_2015_HEADING)).toBe('Kent Community Safety Partnership - 19 March 2015 - NOTES.json');
    expect(acceptedByTheShell('meeting', meetingFileName(MARCH_2015_HEADING))).toBe(true);
    expect(acceptedByTheShell('meeting', 'minutes.docx')).toBe(false);
  });
});

describe('house style per body', () => {
  it('stores only what a body changed, so the county’s later changes still reach it', () => {
    expect(houseStyleOverrides(COUNTY_HOUSE_STYLE)).toEqual({});
    expect(houseStyleOverrides({ ...COUNTY_HOUSE_STYLE, font: 'Times New Roman', timeStyle: '10:00am' })).toEqual({ font: 'Times New Roman', timeStyle: '10:00am' });
    expect(houseStyleOf({ font: 'Times New Roman' })).toEqual({ ...COUNTY_HOUSE_STYLE, font: 'Times New Roman' });
    expect(houseStyleOf(undefined)).toEqual(COUNTY_HOUSE_STYLE);
  });
});
