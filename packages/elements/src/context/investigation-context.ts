import { createContext } from '@lit/context';
import type { InvestigationActor } from '../controllers/investigation-controller.js';

/** The running investigation actor, provided by `<anhorig-investigation>` (or a standalone step element). */
export const investigationContext = createContext<InvestigationActor | undefined>(Symbol('anhorig-investigation'));
