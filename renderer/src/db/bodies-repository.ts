import { BodySettingsSchema, defaultBodySettings, type Body, type BodySettings } from '@shared/model/body';
import type { DocumentWord } from '@shared/model/primitives';
import { PersonDetailsSchema, type Person, type PersonDetails } from '@shared/model/person';
import type { MinuteBookDatabase, PersonRow } from './database';

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

  /** Adds someone to a body's roster. */
  async addPerson(bodyId: string, details: PersonDetails): Promise<Person> {
    const valid = PersonDetailsSchema.parse(details);
    const person: PersonRow = { ...valid, id: this.newId(), bodyId, retired: false, order: this.now() };
    await this.db.people.add(person);
    return person;
  }

  /** Corrects someone's details (a new title, a new role); mentions in the minutes follow. */
  async updatePerson(id: string, details: PersonDetails): Promise<Person> {
    const valid = PersonDetailsSchema.parse(details);
    return this.db.transaction('rw', this.db.people, async () => {
      const existing = await this.db.people.get(id);
      if (!existing) throw new Error('This person is no longer on the roster.');
      const updated: PersonRow = { ...existing, ...valid };
      await this.db.people.put(updated);
      return updated;
    });
  }

  /** Retires someone (or brings them back): kept for the minutes that name them, no longer offered. */
  async setRetired(id: string, retired: boolean): Promise<void> {
    await this.db.people.update(id, { retired });
  }
}

function normaliseName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
}
