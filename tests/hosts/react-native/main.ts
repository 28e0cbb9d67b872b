/**
 * React 19 without the wrapper: React 19 sets a custom element's props as DOM properties when the
 * element has that property, and adds a listener for `on<event-name>` props (`onanhorig-complete`
 * → `anhorig-complete`). The record lives in React state and every `anhorig-change` is passed back.
 * (React 18 sets attributes instead: use @anhorig/react there, or set properties through a ref.)
 */
import { StrictMode, createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@anhorig/elements/define';
import type { AnhorigChangeEvent, AnhorigCompleteEvent } from '@anhorig/elements';
import { countChange, reportComplete, start } from '../shared.js';

const initial = start();

const App = () => {
  const [record, setRecord] = useState<unknown>(initial.record);
  const [relativeRecords, setRelativeRecords] = useState<unknown>(initial.relativeRecords);
  return createElement(
    'main',
    null,
    createElement('h1', null, 'Ärendesystem (React 19, utan omslag)'),
    createElement('anhorig-investigation', {
      record,
      relativeRecords,
      caseworker: initial.caseworker,
      today: initial.today,
      'onanhorig-change': (event: AnhorigChangeEvent) => {
        countChange();
        setRecord(event.detail.record);
        setRelativeRecords(event.detail.relativeRecords);
      },
      'onanhorig-complete': (event: AnhorigCompleteEvent) => reportComplete(event.detail),
    }),
  );
};

createRoot(document.getElementById('root')!).render(createElement(StrictMode, null, createElement(App)));
