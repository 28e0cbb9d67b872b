/**
 * The Angular host's component: standalone, with CUSTOM_ELEMENTS_SCHEMA so the compiler accepts
 * <anhorig-investigation>. `[record]` and the other bindings set DOM properties; `(anhorig-change)`
 * and `(anhorig-complete)` listen to the DOM events. The handlers are typed: the elements add their
 * events to `GlobalEventHandlersEventMap`, so Angular's strict template check types `$event` as
 * `AnhorigChangeEvent` / `AnhorigCompleteEvent` (no cast). The record lives in signals and every
 * `anhorig-change` is passed back, as a real host does.
 */
import { ChangeDetectionStrategy, Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import '@anhorig/elements/define';
import { defaultCatalogue } from '@anhorig/core';
import type { AnhorigChangeEvent, AnhorigCompleteEvent } from '@anhorig/elements';
import { countChange, reportComplete, start } from '../shared.js';

const initial = start();

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <main>
      <h1>Ärendesystem (Angular)</h1>
      <anhorig-investigation
        [record]="record()"
        [relativeRecords]="relativeRecords()"
        [catalogue]="catalogue"
        [caseworker]="caseworker"
        [today]="today"
        (anhorig-change)="onChange($event)"
        (anhorig-complete)="onComplete($event)"
      ></anhorig-investigation>
    </main>
  `,
})
export class App {
  readonly catalogue = defaultCatalogue;
  readonly caseworker = initial.caseworker;
  readonly today = initial.today;
  readonly record = signal(initial.record);
  readonly relativeRecords = signal(initial.relativeRecords);

  onChange(event: AnhorigChangeEvent): void {
    countChange();
    this.record.set(event.detail.record); // passing it back is safe: an equal record is ignored
    this.relativeRecords.set(event.detail.relativeRecords);
  }

  onComplete(event: AnhorigCompleteEvent): void {
    reportComplete(event.detail);
  }
}
