/** Titles offered as a person's title is typed (any other may be typed). */
export const TITLE_SUGGESTIONS = ['Mr', 'Ms', 'Mrs', 'Miss', 'Dr', 'Cllr', 'Supt', 'T/Supt', 'DI', 'DCI', 'Insp', 'Sgt', 'Prof', 'Sir', 'Dame'] as const;
