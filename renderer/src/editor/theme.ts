import type { EditorThemeClasses } from 'lexical';

/** Class names Lexical puts on the minutes' DOM; styled in app.css. */
export const minutesEditorTheme: EditorThemeClasses = {
  paragraph: 'mb-paragraph',
  heading: { h1: 'mb-heading', h2: 'mb-heading', h3: 'mb-heading' },
  quote: 'mb-quote',
  text: {
    bold: 'mb-bold',
    italic: 'mb-italic',
    underline: 'mb-underline',
    strikethrough: 'mb-strike',
    underlineStrikethrough: 'mb-underline-strike',
  },
  list: {
    ol: 'mb-list-number',
    ul: 'mb-list-bullet',
    listitem: 'mb-list-item',
    nested: { listitem: 'mb-list-nested' },
    olDepth: ['mb-ol-1', 'mb-ol-2', 'mb-ol-3', 'mb-ol-4', 'mb-ol-5'],
    ulDepth: ['mb-ul-1', 'mb-ul-2', 'mb-ul-3', 'mb-ul-4', 'mb-ul-5'],
  },
};
