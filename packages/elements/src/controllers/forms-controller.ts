/**
 * The forms of one element: each form (keyed by a string, e.g. `info:anhorig-2`) keeps an unsaved draft
 * until it is sent, and shows the machine's refusal or a saved confirmation only where it was sent
 * from. The record itself changes only through machine events; a draft is the handläggare's unsaved
 * input, and it survives re-renders, DOM moves and host property changes because it lives here.
 */
import type { ReactiveControllerHost } from 'lit';
import type { InvestigationEvent, Rejection } from '@anhorig/core';
import { fieldError } from '../shared/notices.js';

/** How the controller reaches the element's machine (kept out of the element's public API). */
export interface MachinePort {
  /** Send to the machine (ignored in review mode). */
  send(event: InvestigationEvent): void;
  /** The machine's refusal of the element's last event, if it refused it. */
  refusal(): Rejection | undefined;
}

export class FormsController {
  private drafts = new Map<string, unknown>();
  private sentFrom: string | undefined;
  private savedFrom: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly machine: MachinePort,
  ) {}

  /** Forget every draft, refusal and confirmation: the host switched to another investigation. */
  reset(): void {
    this.drafts.clear();
    this.sentFrom = undefined;
    this.savedFrom = undefined;
  }

  /** The form's unsaved draft, or a fresh one. */
  draft<T>(key: string, initial: () => T): T {
    return (this.drafts.get(key) as T | undefined) ?? initial();
  }

  /** Store the form's draft. Editing a saved form hides its "saved" confirmation: the new input is not saved yet. */
  setDraft<T>(key: string, value: T): void {
    this.drafts.set(key, value);
    if (this.savedFrom === key) this.savedFrom = undefined;
    this.host.requestUpdate();
  }

  /** Merge a change into the draft (starting from `initial` when there is none). */
  patchDraft<T extends object>(key: string, initial: () => T, patch: Partial<T>): void {
    this.setDraft(key, { ...this.draft(key, initial), ...patch });
  }

  clearDraft(key: string): void {
    this.drafts.delete(key);
    this.host.requestUpdate();
  }

  /**
   * Send an event on behalf of a form; true when the machine accepted it. Then the draft is cleared,
   * or replaced by `next` (a fresh form that keeps, say, the chosen relative), or kept (`keepDraft`).
   * A refused send keeps the draft: nothing the handläggare typed is lost.
   */
  send(key: string, event: InvestigationEvent, options: { keepDraft?: boolean; next?: unknown } = {}): boolean {
    this.sentFrom = key;
    this.savedFrom = undefined;
    this.machine.send(event);
    this.host.requestUpdate();
    if (this.machine.refusal()) return false;
    this.savedFrom = key;
    if (options.next !== undefined) this.drafts.set(key, options.next);
    else if (!options.keepDraft) this.drafts.delete(key);
    return true;
  }

  /** Hide the form's refusal (e.g. when the handläggare starts the action over). */
  dismiss(key: string): void {
    if (this.sentFrom === key) this.sentFrom = undefined;
    this.host.requestUpdate();
  }

  /** The machine's refusal, only for the form that sent it. */
  rejection(key: string): Rejection | undefined {
    return this.sentFrom === key ? this.machine.refusal() : undefined;
  }

  /** The refusal's message for one field of the form (the last segment of the path). */
  error(key: string, field: string): string | undefined {
    return fieldError(this.rejection(key), field, this.host as unknown as Element);
  }

  /** The form's last send was saved (show a confirmation). */
  saved(key: string): boolean {
    return this.savedFrom === key && !this.machine.refusal();
  }
}
