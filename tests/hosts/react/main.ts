/**
 * A React 19 host with the @anhorig/react wrapper, without JSX: the record lives in React state,
 * every `anhorig-change` is stored and passed straight back (as a real host does), and
 * `anhorig-complete` is reported to the test.
 */
import { StrictMode, createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { AnhorigInvestigation } from '@anhorig/react';
import { countChange, reportComplete, start } from '../shared.js';

const initial = start();

const App = () => {
  const [record, setRecord] = useState<unknown>(initial.record);
  const [relativeRecords, setRelativeRecords] = useState<unknown>(initial.relativeRecords);
  return createElement(
    'main',
    null,
    createElement('h1', null, 'Ärendesystem (React)'),
    createElement(AnhorigInvestigation, {
      record,
      relativeRecords,
      caseworker: initial.caseworker,
      today: initial.today,
      onAnhorigChange: (event) => {
        countChange();
        setRecord(event.detail.record);
        setRelativeRecords(event.detail.relativeRecords);
      },
      onAnhorigComplete: (event) => reportComplete(event.detail),
    }),
  );
};

createRoot(document.getElementById('root')!).render(createElement(StrictMode, null, createElement(App)));
