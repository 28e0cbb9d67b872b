/**
 * Sending an event and hearing its answer. A refusal is not kept in the machine's context (so it is
 * never persisted with the state): it is emitted as `rejected`, synchronously while the event is
 * processed. `trySend` listens for exactly that moment, so whoever sent the event — an element's
 * form, a test, a script — gets its own refusal and nobody else's.
 */
import type { Actor } from 'xstate';
import type { InvestigationMachine } from './investigation-machine.js';
import type { InvestigationEvent } from './events.js';
import type { Rejection } from './context.js';

export const trySend = (actor: Actor<InvestigationMachine>, event: InvestigationEvent): Rejection | undefined => {
  let refused: Rejection | undefined;
  const listener = actor.on('rejected', (rejection) => {
    if (rejection.event === event.type) refused = rejection;
  });
  try {
    actor.send(event);
  } finally {
    listener.unsubscribe();
  }
  return refused;
};
