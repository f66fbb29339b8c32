/** What the browser did to the database as the app opened and used it. */
export interface IndexedDbObserver {
  /**
   * An open needed an upgrade. `oldVersion` 0 means the database did not exist: new, or thrown away by the
   * browser. Chromium says which, off the standard, in `dataLoss` ('total' when it deleted a damaged
   * database) and `dataLossMessage` ("IndexedDB (database was corrupt): checksum mismatch").
   */
  upgrading(change: { oldVersion: number; dataLoss: string | null; dataLossMessage: string | null }): void;
  /** A transaction was aborted, with the browser's reason (QuotaExceededError on a full disk), or null. */
  aborted(reason: DOMException | null): void;
}

/** Chromium's additions to IDBVersionChangeEvent. */
interface ChromiumVersionChange extends IDBVersionChangeEvent {
  dataLoss?: string;
  dataLossMessage?: string;
}

/**
 * The factory Dexie opens the database through, telling `observer` what the browser reports and Dexie does not
 * pass on: whether an open found the database gone, and why a transaction was aborted (Dexie rejects the
 * awaited request with a bare AbortError; the transaction holds the QuotaExceededError).
 */
export function observedIndexedDB(factory: IDBFactory, observer: IndexedDbObserver): IDBFactory {
  return {
    open(name: string, version?: number): IDBOpenDBRequest {
      const request = version === undefined ? factory.open(name) : factory.open(name, version);
      request.addEventListener('upgradeneeded', (event) => {
        const change = event as ChromiumVersionChange;
        observer.upgrading({ oldVersion: change.oldVersion, dataLoss: change.dataLoss ?? null, dataLossMessage: change.dataLossMessage || null });
      });
      request.addEventListener('success', () => watchTransactions(request.result, observer));
      return request;
    },
    deleteDatabase: (name) => factory.deleteDatabase(name),
    cmp: (first, second) => factory.cmp(first, second),
    databases: () => factory.databases(),
  };
}

/** Listens to every transaction the connection makes for an abort (one listener each: nothing measurable). */
function watchTransactions(connection: IDBDatabase, observer: IndexedDbObserver): void {
  const transaction = connection.transaction.bind(connection);
  connection.transaction = ((...args: Parameters<IDBDatabase['transaction']>) => {
    const made = transaction(...args);
    made.addEventListener('abort', () => observer.aborted(made.error));
    return made;
  }) as IDBDatabase['transaction'];
}
