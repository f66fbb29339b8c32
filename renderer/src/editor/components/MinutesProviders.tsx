import type { ReactNode } from 'react';
import { MinutesContext, type MinutesContextValue } from '../minutes-context';
import { MinutesPortContext, type MinutesPort } from '../minutes-port';
import { WriteFailuresContext, type WriteFailures } from '../write-failures';

/** What every node and plugin of the minutes may read: the meeting's facts, the port, and where failed writes go. */
export function MinutesProviders({
  minutesContext,
  port,
  failures,
  children,
}: {
  minutesContext: MinutesContextValue;
  port: MinutesPort;
  failures: WriteFailures;
  children: ReactNode;
}): ReactNode {
  return (
    <MinutesContext.Provider value={minutesContext}>
      <MinutesPortContext.Provider value={port}>
        <WriteFailuresContext.Provider value={failures}>{children}</WriteFailuresContext.Provider>
      </MinutesPortContext.Provider>
    </MinutesContext.Provider>
  );
}
