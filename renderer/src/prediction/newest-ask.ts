/**
 * The prediction worker answers only the newest question about the caret: a question still waiting when a newer one
 * arrives (keys typed faster than the worker answers) is answered at once with nothing, and only the newest is
 * worked out, once the messages already queued have been read. So the editor can ask after every frame without
 * waiting for the last answer, and the worker never works on text the officer has already typed past.
 */
export class NewestAsk<Question> {
  private waiting: Question | null = null;

  constructor(
    /** Runs `work` once the messages already queued have been handled (a task after them). */
    private readonly later: (work: () => void) => void,
    private readonly answer: (question: Question) => void,
    private readonly skip: (question: Question) => void,
  ) {}

  ask(question: Question): void {
    if (this.waiting !== null) this.skip(this.waiting);
    else {
      this.later(() => {
        const newest = this.waiting!;
        this.waiting = null;
        this.answer(newest);
      });
    }
    this.waiting = question;
  }
}
