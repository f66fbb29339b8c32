import { UserTemplateSchema, type UserTemplate } from '@shared/domain/templates';
import type { MinuteBookDatabase } from './database';

/** What the officer types for a template of their own. */
export type UserTemplateDraft = Omit<UserTemplate, 'id' | 'bodyId'>;

/** A body's own standing phrases, added and edited by its officers. */
export class TemplatesRepository {
  constructor(
    private readonly db: MinuteBookDatabase,
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  /** A body's templates, by name. */
  async listTemplates(bodyId: string): Promise<UserTemplate[]> {
    const templates = await this.db.templates.where('bodyId').equals(bodyId).toArray();
    return templates.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  }

  /** Adds a template; its wording is checked (braces must pair) before it is stored. */
  async addTemplate(bodyId: string, draft: UserTemplateDraft): Promise<UserTemplate> {
    const template = UserTemplateSchema.parse({ ...draft, id: this.newId(), bodyId });
    await this.db.templates.add(template);
    return template;
  }

  /** Changes a template's name, shortcut or wording. */
  async updateTemplate(id: string, draft: UserTemplateDraft): Promise<UserTemplate> {
    return this.db.transaction('rw', this.db.templates, async () => {
      const existing = await this.db.templates.get(id);
      if (!existing) throw new Error('This template no longer exists.');
      const updated = UserTemplateSchema.parse({ ...existing, ...draft });
      await this.db.templates.put(updated);
      return updated;
    });
  }

  /** Deletes a template (minutes already typed with it keep their words). */
  async deleteTemplate(id: string): Promise<void> {
    await this.db.templates.delete(id);
  }
}
