import { mentionLabel, mentionText } from '@shared/domain/mentions';
import type { FirstMentionRule } from '@shared/house-style/house-style';
import { NodeType } from '@shared/minutes/editor-json';
import type { Person } from '@shared/model/person';
import { $getNodeByKey, HISTORY_MERGE_TAG, type LexicalEditor, type LexicalNode, type NodeKey } from 'lexical';
import { MentionOrder, setFirstMentionRule } from './mention-order';

/** A mention as this module sees it: by type, not by class, since the node's own module imports this one. */
interface LabelledMention extends LexicalNode {
  setLabel(label: string): unknown;
}

const isMention = (node: LexicalNode | null): node is LabelledMention => node?.getType() === NodeType.mention;

/**
 * Writes what each mention says on screen ("Mr Peerbux (Head of Community Safety, KCC)" at a person's first
 * mention in a minute or the meeting, as the house style says, "Mr Peerbux" after; the stored short name, marked, once they leave the roster: see mentionText, which the Word export uses too) straight
 * into the mention's own element. Long minutes hold thousands of mentions: as React components they cost a
 * portal each (and each portal root its own set of event listeners) on opening the meeting, so they are plain DOM.
 * It also keeps the short name each mention stores (mentionLabel) in step with the roster: see followRoster.
 * One per editor, made by the person-mentions plugin, which tells it the roster and when mentions change.
 */
export class MentionWording {
  readonly order = new MentionOrder();
  private people = new Map<string, Person>();

  constructor(private readonly editor: LexicalEditor) {}

  /** A new roster (a corrected name or role): re-words every mention, and stores their new short names. */
  setRoster(roster: readonly Person[]): void {
    this.people = new Map(roster.map((person) => [person.id, person]));
    this.rewordAll();
    this.followRoster();
  }

  /**
   * Stores the roster's short name in each mention whose stored one differs (a person renamed or retitled since
   * the mention was made, or minutes loaded, pasted or undone from before that): so the saved minutes, their
   * backups and meeting files, and a copy as plain text name the person as the roster does. Someone no longer on
   * the roster keeps the name stored. Outside any read or update; one update, merged into
   * the last step of undo, since it changes nothing the officer wrote. Costs nothing while every name is current.
   */
  followRoster(): void {
    const stale = new Map<NodeKey, string>();
    for (const [key, { personId, label }] of this.order.all()) {
      const person = this.people.get(personId);
      if (person && mentionLabel(person) !== label) stale.set(key, mentionLabel(person));
    }
    if (stale.size === 0) return;
    this.editor.update(
      () => {
        for (const [key, label] of stale) {
          const node = $getNodeByKey(key);
          if (isMention(node)) node.setLabel(label);
        }
      },
      { tag: HISTORY_MERGE_TAG },
    );
  }

  /** The body's first-mention rule changed (or was first told, inside a read): re-words the mentions whose first/later flipped. */
  $setRule(rule: FirstMentionRule): void {
    if (this.order.rule === rule) return;
    this.order.rule = rule;
    setFirstMentionRule(this.editor, rule);
    this.$mentionsChanged([]);
  }

  /**
   * Mentions came, went, moved or changed (Lexical's mutation listener for mentions; outside any read): re-words
   * them and those whose first/later flipped, and stores the roster's short name where a mention holds another.
   */
  mentionsMutated(changedKeys: Iterable<NodeKey>): void {
    this.editor.getEditorState().read(() => this.$mentionsChanged(changedKeys));
    this.followRoster();
  }

  /** After mentions came, went or moved (inside a read): re-words those changed and those whose first/later flipped. */
  $mentionsChanged(changedKeys: Iterable<NodeKey>): void {
    const reword = this.order.$recompute();
    for (const key of changedKeys) reword.add(key);
    for (const key of reword) {
      const facts = this.order.all().get(key);
      const element = this.editor.getElementByKey(key);
      if (facts && element) this.write(element, key, facts.personId, facts.label);
    }
  }

  /** Every mention's words, written afresh. */
  rewordAll(): void {
    for (const [key, facts] of this.order.all()) {
      const element = this.editor.getElementByKey(key);
      if (element) this.write(element, key, facts.personId, facts.label);
    }
  }

  /** Fills a mention's element (made by MentionNode.createDOM) with its words; touches the DOM only when they differ. */
  write(element: HTMLElement, key: NodeKey, personId: string, label: string): void {
    const person = this.people.get(personId);
    const text = mentionText(person, this.order.isFirst(key), label);
    const className = person ? 'mention' : 'mention missing';
    let inner = element.firstElementChild as HTMLElement | null;
    if (!inner) {
      inner = element.ownerDocument.createElement('span');
      element.append(inner);
    }
    if (inner.className !== className) inner.className = className;
    if (person) inner.removeAttribute('title');
    else inner.title = 'No longer on the roster';
    if (inner.textContent !== text) inner.textContent = text;
  }
}

const wordings = new WeakMap<LexicalEditor, MentionWording>();

/** The editor's MentionWording, made on first use. */
export function mentionWordingOf(editor: LexicalEditor): MentionWording {
  let wording = wordings.get(editor);
  if (!wording) {
    wording = new MentionWording(editor);
    wordings.set(editor, wording);
  }
  return wording;
}
