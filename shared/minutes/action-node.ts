import { ActionDueSchema, type ActionMarking } from '../domain/actions';
import { ID_PATTERN } from '../model/primitives';
import { NodeType } from './editor-json';

/**
 * How a marked action is saved in the minutes: the editor's action node (renderer/src/editor/nodes/ActionNode)
 * as Lexical serializes it, an inline element holding the sentence's words. Flat fields, so the meeting-file
 * check can check each one; the owner is a roster id, worded from the roster every time (as mentions are).
 */
export interface SerializedActionFields {
  type: typeof NodeType.action;
  version: 1;
  actionId: string;
  ownerId: string | null;
  due: string | null;
}

/** The saved fields of a marking. */
export function actionNodeFields(marking: ActionMarking): SerializedActionFields {
  return { type: NodeType.action, version: 1, actionId: marking.actionId, ownerId: marking.ownerId, due: marking.due };
}

/** The marking a saved node holds (already checked by check-editor-state; anything odd reads as nothing). */
export function actionFromNode(node: Readonly<Record<string, unknown>>): ActionMarking {
  const actionId = typeof node.actionId === 'string' ? node.actionId : '';
  const ownerId = typeof node.ownerId === 'string' ? node.ownerId : null;
  const due = ActionDueSchema.safeParse(node.due);
  return { actionId, ownerId, due: due.success ? due.data : null };
}

/** The meeting-file check's rule for an action's owner: a roster id or nothing. Null when right. */
export function ownerProblem(value: unknown): string | null {
  return value === null || (typeof value === 'string' && ID_PATTERN.test(value)) ? null : 'a person’s id or empty';
}

/** The meeting-file check's rule for an action's date: yyyy-mm-dd (a real day) or nothing. Null when right. */
export function dueProblem(value: unknown): string | null {
  return ActionDueSchema.safeParse(value).success ? null : 'a date written yyyy-mm-dd, or empty';
}
