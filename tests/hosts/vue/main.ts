/**
 * A Vue 3 host with render functions (no template compiler, so no `isCustomElement` needed). Vue
 * sets DOM properties on a custom element when the property exists on it, so `record` arrives as an
 * object. The record is kept in a `shallowRef`: it is the element's document, not Vue state to make
 * deeply reactive. `onAnhorigChange` listens to `anhorig-change` (Vue hyphenates `on…` names).
 */
import { createApp, defineComponent, h, shallowRef } from 'vue';
import '@anhorig/elements/define';
import type { AnhorigChangeEvent, AnhorigCompleteEvent } from '@anhorig/elements';
import { countChange, reportComplete, start } from '../shared.js';

const initial = start();

const App = defineComponent({
  setup() {
    const record = shallowRef<unknown>(initial.record);
    const relativeRecords = shallowRef<unknown>(initial.relativeRecords);
    return () =>
      h('main', [
        h('h1', 'Ärendesystem (Vue)'),
        h('anhorig-investigation', {
          record: record.value,
          relativeRecords: relativeRecords.value,
          caseworker: initial.caseworker,
          today: initial.today,
          onAnhorigChange: (event: AnhorigChangeEvent) => {
            countChange();
            record.value = event.detail.record;
            relativeRecords.value = event.detail.relativeRecords;
          },
          onAnhorigComplete: (event: AnhorigCompleteEvent) => reportComplete(event.detail),
        }),
      ]);
  },
});

createApp(App).mount('#app');
