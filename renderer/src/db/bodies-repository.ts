import { AbbreviationListSchema, type Abbreviation } from '@shared/autocorrect/abbreviations';
import { BodySettingsSchema, defaultBodySettings, type Body, type BodySettings } from '@shared/model/body';
import type { DocumentWord } from '@shared/model/primitives';
import type { AttendanceRole } from '@shared/model/attendance';
import { MeetingSchema, type Meeting } from '@shared/model/meeting';
import { PersonDetailsSchema, type Office, type Person, type PersonDetails } from '@shared/model/person';
import type { MinuteBookDatabase, PersonRow } from './database';
import { withEntry } from '@shared/model/id-keys';

/** What saving a person did: the person as stored, and whoever the chair or vice-chair office moved from. */
export interface SavedPerson {
  person: Person;
  /** The person who held the office before (it has moved to `person`), or null. */
  officeMovedFrom: Person | null;
}

/** Committees and partnerships, and the people on their rosters. */
export class BodiesRepository {
  constructor(
    private readonly db: MinuteBookDatabase,
    private readonly now: () => number = Date.now,
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  /** Every body, by name. */
  async listBodies(): Promise<Body[]> {
    return (await this.db.bodies.toArray()).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  }

  /** One body, or undefined. */
  getBody(id: string): Promise<Body | undefined> {
    return this.db.bodies.get(id);
  }

  /** Creates a body from validated settings. */
  async createBody(settings: BodySettings): Promise<Body> {
    const valid = BodySettingsSchema.parse(settings);
    const at = this.now();
    const body: Body = { ...valid, id: this.newId(), createdAt: at, updatedAt: at };
    await this.db.bodies.add(body);
    return body;
  }

  /** Changes a body's settings. */
  async updateBody(id: string, settings: BodySettings): Promise<Body> {
    const valid = BodySettingsSchema.parse(settings);
    return this.db.transaction('rw', this.db.bodies, async () => {
      const existing = await this.db.bodies.get(id);
      if (!existing) throw new Error('This committee or partnership no longer exists.');
      const updated: Body = { ...existing, ...valid, updatedAt: this.now() };
      await this.db.bodies.put(updated);
      return updated;
    });
  }

  /**
   * Changes a body's abbreviations (AutoCorrect) by `change`, given the list as stored; the result is checked whole
   * (each short form once) before it is stored. Returns the list stored.
   */
  async changeAbbreviations(id: string, change: (list: readonly Abbreviation[]) => readonly Abbreviation[]): Promise<Abbreviation[]> {
    return this.db.transaction('rw', this.db.bodies, async () => {
      const existing = await this.db.bodies.get(id);
      if (!existing) throw new Error('This committee or partnership no longer exists.');
      const abbreviations = AbbreviationListSchema.parse(change(existing.abbreviations ?? []));
      await this.db.bodies.update(id, { abbreviations, updatedAt: this.now() });
      return abbreviations;
    });
  }

  /**
   * The body with this name (ignoring case and spacing), or a new one with the
   * county defaults: officers type a committee's name once and pick it after.
   */
  async findOrCreateByName(name: string, documentWord: DocumentWord, defaultVenue = ''): Promise<Body> {
    const wanted = normaliseName(name);
    return this.db.transaction('rw', this.db.bodies, async () => {
      const existing = (await this.db.bodies.toArray()).find((body) => normaliseName(body.name) === wanted);
      if (existing) return existing;
      return this.createBody({ ...defaultBodySettings(name.trim()), documentWord, defaultVenue });
    });
  }

  /** The roster of a body in the order people were added, retired people included (they are marked). */
  async listPeople(bodyId: string): Promise<Person[]> {
    return this.db.people.where('bodyId').equals(bodyId).sortBy('order');
  }

  /** Adds someone to a body's roster, at the end. */
  async addPerson(bodyId: string, details: PersonDetails): Promise<Person> {
    return (await this.addToRoster(bodyId, details)).person;
  }

  /**
   * Adds someone to the end of a body's roster. A body has one chair and one
   * vice-chair: giving the new person an office takes it from whoever held it.
   */
  async addToRoster(bodyId: string, details: PersonDetails): Promise<SavedPerson> {
    const valid = PersonDetailsSchema.parse(details);
    return this.db.transaction('rw', this.db.people, async () => {
      const roster = await this.db.people.where('bodyId').equals(bodyId).toArray();
      // Strictly after everyone already there, even when two are added in the same millisecond.
      const order = Math.max(this.now(), ...roster.map((p) => p.order + 1));
      const person: PersonRow = { ...valid, id: this.newId(), bodyId, retired: false, order };
      const officeMovedFrom = await this.takeOffice(roster, person.id, valid.office);
      await this.db.people.add(person);
      return { person, officeMovedFrom };
    });
  }

  /** Corrects someone's details (a new title, a new role); mentions in the minutes follow. */
  async updatePerson(id: string, details: PersonDetails): Promise<Person> {
    return (await this.correctPerson(id, details)).person;
  }

  /** Corrects someone's details; giving them the chair or vice-chair takes it from whoever held it. */
  async correctPerson(id: string, details: PersonDetails): Promise<SavedPerson> {
    const valid = PersonDetailsSchema.parse(details);
    return this.db.transaction('rw', this.db.people, async () => {
      const existing = await this.db.people.get(id);
      if (!existing) throw new Error('This person is no longer on the roster.');
      const roster = await this.db.people.where('bodyId').equals(existing.bodyId).toArray();
      const officeMovedFrom = await this.takeOffice(roster, id, valid.office);
      const updated: PersonRow = { ...existing, ...valid };
      await this.db.people.put(updated);
      return { person: updated, officeMovedFrom };
    });
  }

  /** Moves someone one place up (-1) or down (+1) the roster, which is the order the attendance lines print in. */
  async movePerson(id: string, direction: -1 | 1): Promise<void> {
    await this.db.transaction('rw', this.db.people, async () => {
      const person = await this.db.people.get(id);
      if (!person) throw new Error('This person is no longer on the roster.');
      const roster = await this.db.people.where('bodyId').equals(person.bodyId).sortBy('order');
      const index = roster.findIndex((p) => p.id === id);
      const neighbour = roster[index + direction];
      if (!neighbour) return;
      await this.db.people.update(person.id, { order: neighbour.order });
      await this.db.people.update(neighbour.id, { order: person.order });
    });
  }

  /**
   * A substitute or visitor arriving on the day: adds them to the body's roster
   * and records them on the meeting's attendance, together or not at all.
   */
  async addPersonAtMeeting(meetingId: string, details: PersonDetails, role: AttendanceRole): Promise<SavedPerson> {
    return this.db.transaction('rw', this.db.people, this.db.meetings, async () => {
      const meeting = await this.db.meetings.get(meetingId);
      if (!meeting) throw new Error('This meeting no longer exists.');
      const saved = await this.addToRoster(meeting.bodyId, details);
      // Minutes that have left draft print from their own record of the roster: the newcomer joins it too.
      const printedAs = meeting.printedAs && meeting.status !== 'draft' ? { ...meeting.printedAs, roster: [...meeting.printedAs.roster, saved.person] } : undefined;
      const updated: Meeting = MeetingSchema.parse({
        ...meeting,
        ...(printedAs ? { printedAs } : {}),
        attendance: withEntry(meeting.attendance, saved.person.id, role),
        updatedAt: this.now(),
      });
      await this.db.meetings.put(updated);
      return saved;
    });
  }

  /** Clears `office` from anyone on the roster other than `holderId`; returns who had it. */
  private async takeOffice(roster: PersonRow[], holderId: string, office: Office | null): Promise<Person | null> {
    if (office === null) return null;
    let previous: Person | null = null;
    for (const other of roster) {
      if (other.id === holderId || other.office !== office) continue;
      previous ??= other;
      await this.db.people.update(other.id, { office: null });
    }
    return previous;
  }

  /** Retires someone (or brings them back): kept for the minutes that name them, no longer offered. */
  async setRetired(id: string, retired: boolean): Promise<void> {
    await this.db.people.update(id, { retired });
  }
}

function normaliseName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
}
